using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Vetrina.Data;
using Vetrina.Orders.Domain;

namespace Vetrina.Orders;

/// <summary>An order with its history and latest payment, as the shopper's pages and the API show it.</summary>
internal sealed record OrderDetails(Order Order, OrderPayment? Payment, IReadOnlyList<Fulfilment.Shipment> Shipments);

internal sealed class OrderQueries(VetrinaDbContext db, OrderNumbers numbers)
{
    /// <summary>The order with this number, if the access key is its own or the order belongs to the signed-in customer.</summary>
    public async Task<OrderDetails?> FindAsync(string number, string? accessKey, string? customerId, CancellationToken cancellationToken = default)
    {
        if (!numbers.TryRead(number, out var id))
        {
            return null;
        }

        var details = await LoadAsync(id, cancellationToken);
        var order = details?.Order;
        var allowed = order is not null && ((customerId is not null && order.CustomerId == customerId) || KeyMatches(order.AccessKey, accessKey));
        return allowed ? details : null;
    }

    /// <summary>Any order, for staff (the back office and staff API tokens).</summary>
    public Task<OrderDetails?> ForStaffAsync(string number, CancellationToken cancellationToken = default) =>
        numbers.TryRead(number, out var id) ? LoadAsync(id, cancellationToken) : Task.FromResult<OrderDetails?>(null);

    /// <summary>Orders waiting to be packed or shipped, oldest first: the warehouse's queue.</summary>
    public async Task<IReadOnlyList<Order>> ToFulfilAsync(int limit, CancellationToken cancellationToken = default)
    {
        var statuses = Fulfilment.OrderFulfilment.Fulfillable.ToList();
        return await db.Set<Order>().AsNoTracking().Include(o => o.Lines).Where(o => statuses.Contains(o.Status)).OrderBy(o => o.Id).Take(limit)
            .ToListAsync(cancellationToken);
    }

    private async Task<OrderDetails?> LoadAsync(long id, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var order = await db.Set<Order>().AsNoTracking().Include(o => o.Lines).Include(o => o.Transitions)
            .FirstOrDefaultAsync(o => o.Id == id, cancellationToken);
        if (order is null)
        {
            return null;
        }

        var payment = await db.Set<OrderPayment>().AsNoTracking().Where(p => p.OrderId == id).OrderByDescending(p => p.CreatedAt)
            .FirstOrDefaultAsync(cancellationToken);
        var shipments = await db.Set<Fulfilment.Shipment>().AsNoTracking().Include(s => s.Lines).Where(s => s.OrderId == id).OrderBy(s => s.Id)
            .ToListAsync(cancellationToken);
        return new OrderDetails(order, payment, shipments);
    }

    /// <summary>A customer's orders, newest first.</summary>
    public async Task<IReadOnlyList<Order>> ForCustomerAsync(string customerId, CancellationToken cancellationToken = default) =>
        await db.Set<Order>().AsNoTracking().Include(o => o.Lines).Where(o => o.CustomerId == customerId).OrderByDescending(o => o.Id).Take(100)
            .ToListAsync(cancellationToken);

    private static bool KeyMatches(string expected, string? given) =>
        given is not null && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(given));
}
