using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Vetrina.Admin.Contracts;
using Vetrina.Catalog.Contracts;
using Vetrina.Data;
using Vetrina.Kernel.Security;
using Vetrina.Orders;
using Vetrina.Orders.Domain;
using Vetrina.Orders.Fulfilment;

namespace Vetrina.Orders.Pages.Admin;

/// <summary>
/// The warehouse's day: the pick list (every unit still to pack, by SKU, so one walk through the shelves picks them
/// all), the orders it comes from, oldest first, and the parcels packed and waiting for the courier.
/// </summary>
[Authorize(Policy = StaffPolicies.OrdersFulfil)]
internal sealed class FulfilmentModel(VetrinaDbContext db, OrderQueries queries, OrderNumbers numbers, ISkuDirectory skus) : AdminPageModel
{
    private const int MaxOrders = 200;

    /// <param name="AheadOfStock">Units bought ahead of stock (backorders, pre-orders): they can be packed once the delivery is in.</param>
    public sealed record PickRow(string SkuCode, string Name, string Colour, string Size, int Units, IReadOnlyList<string> Orders, int AheadOfStock,
        DateOnly? ExpectedOn);

    public sealed record WaitingOrder(Order Order, int Units);

    public IReadOnlyList<PickRow> PickList { get; private set; } = [];

    public IReadOnlyList<WaitingOrder> Waiting { get; private set; } = [];

    public IReadOnlyList<(Shipment Parcel, string Number)> Packed { get; private set; } = [];

    public OrderNumbers Numbers => numbers;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var orders = await queries.ToFulfilAsync(MaxOrders, cancellationToken);
        var ids = orders.Select(o => o.Id).ToList();
        var packedUnits = await db.Set<Shipment>().AsNoTracking().Where(s => ids.Contains(s.OrderId)).SelectMany(s => s.Lines)
            .GroupBy(l => l.OrderLineId).Select(g => new { g.Key, Units = g.Sum(l => l.Quantity) })
            .ToDictionaryAsync(x => x.Key, x => x.Units, cancellationToken);
        var toPick = orders.SelectMany(o => o.Lines.Select(l => (Order: o, Line: l, Units: l.Quantity - packedUnits.GetValueOrDefault(l.Id))))
            .Where(x => x.Units > 0).ToList();
        // Staff read the back office's language (English), not each order's: names come from the catalogue where it still lists the SKU.
        var listed = await skus.FindAsync(toPick.Select(x => x.Line.SkuId).Distinct(), cancellationToken);
        PickList = [.. toPick.GroupBy(x => x.Line.SkuCode).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g =>
            {
                var line = g.First().Line;
                var sku = listed.GetValueOrDefault(line.SkuId);
                return new PickRow(g.Key, sku?.StyleName.En ?? line.Name, sku?.ColourName.En ?? line.Colour, line.Size, g.Sum(x => x.Units),
                    [.. g.Select(x => numbers.Format(x.Order.Id)).Distinct()], g.Where(x => x.Line.ShipsAround is not null).Sum(x => x.Units),
                    g.Min(x => x.Line.ShipsAround));
            })];
        Waiting = [.. toPick.GroupBy(x => x.Order).Select(g => new WaitingOrder(g.Key, g.Sum(x => x.Units)))];
        var parcels = await db.Set<Shipment>().AsNoTracking().Include(s => s.Lines).Where(s => s.Status == ShipmentStatus.Packed)
            .OrderBy(s => s.Id).Take(MaxOrders).ToListAsync(cancellationToken);
        Packed = [.. parcels.Select(p => (p, numbers.Format(p.OrderId)))];
    }
}
