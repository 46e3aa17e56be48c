using Microsoft.EntityFrameworkCore;
using Vetrina.Data;
using Vetrina.Orders.Contracts;
using Vetrina.Orders.Domain;
using Vetrina.Orders.Notifications;

namespace Vetrina.Orders.Reporting;

internal sealed class OrderDirectory(VetrinaDbContext db, OrderSnapshots snapshots) : IOrderDirectory
{
    public async Task<OrderSnapshot?> FindAsync(long orderId, CancellationToken cancellationToken) =>
        await db.Set<Order>().AsNoTracking().Include(o => o.Lines).SingleOrDefaultAsync(o => o.Id == orderId, cancellationToken) is { } order
            ? snapshots.Of(order)
            : null;
}
