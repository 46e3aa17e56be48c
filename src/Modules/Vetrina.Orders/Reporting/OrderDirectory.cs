using Microsoft.EntityFrameworkCore;
using Vetrina.Data;
using Vetrina.Orders.Contracts;
using Vetrina.Kernel;
using Vetrina.Orders.Domain;
using Vetrina.Orders.Fulfilment;
using Vetrina.Orders.Notifications;

namespace Vetrina.Orders.Reporting;

internal sealed class OrderDirectory(VetrinaDbContext db, OrderSnapshots snapshots, OrderNumbers numbers, Aftersales.OrderAdministration administration) : IOrderDirectory
{
    public async Task<IReadOnlyList<CustomerOrder>> ForEmailAsync(string email, int take, CancellationToken cancellationToken)
    {
        // As typed or in lower case: shoppers rarely type their address two ways, and an index on the column serves both.
        var (typed, lower) = (email.Trim(), email.Trim().ToLowerInvariant());
        var orders = await db.Set<Order>().AsNoTracking().Where(o => o.Email == typed || o.Email == lower).OrderByDescending(o => o.PlacedAt).Take(take)
            .Select(o => new { o.Id, o.Status, o.TotalMinor, o.Currency, o.PlacedAt, o.Language }).ToListAsync(cancellationToken);
        var ids = orders.Select(o => o.Id).ToList();
        var parcels = (await db.Set<Shipment>().AsNoTracking().Where(s => ids.Contains(s.OrderId) && s.ShippedAt != null).ToListAsync(cancellationToken))
            .ToLookup(s => s.OrderId);
        var returns = (await db.Set<ReturnRequest>().AsNoTracking().Where(r => ids.Contains(r.OrderId)).Select(r => new { r.OrderId, r.Number, r.Stage })
            .ToListAsync(cancellationToken)).ToLookup(r => r.OrderId);
        var refundable = new Dictionary<long, long>();
        foreach (var order in orders.Where(o => o.Status is not (OrderStatus.Placed or OrderStatus.Cancelled)))
        {
            refundable[order.Id] = await administration.RefundableMinorAsync(order.Id, cancellationToken);
        }

        return [.. orders.Select(o => new CustomerOrder(o.Id, numbers.Format(o.Id), o.Status, new Kernel.Money(o.TotalMinor, o.Currency), o.PlacedAt,
            [.. parcels[o.Id].Select(s => new ShopperParcel(s.ShippedAt!.Value, Carriers.Find(s.CarrierCode)?.Name ?? s.CarrierCode ?? "", s.TrackingNumber, s.TrackingUrl))],
            [.. returns[o.Id].Select(r => $"{r.Number} ({r.Stage.Label()})")], new Kernel.Money(refundable.GetValueOrDefault(o.Id), o.Currency), o.Language))];
    }

    public async Task<OrderSnapshot?> FindAsync(long orderId, CancellationToken cancellationToken) =>
        await db.Set<Order>().AsNoTracking().Include(o => o.Lines).SingleOrDefaultAsync(o => o.Id == orderId, cancellationToken) is { } order
            ? snapshots.Of(order)
            : null;
}
