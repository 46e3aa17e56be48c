using Vetrina.Orders.Contracts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Vetrina.Admin.Contracts;
using Vetrina.Data;
using Vetrina.Inventory.Contracts;
using Vetrina.Kernel.Security;
using Vetrina.Orders;
using Vetrina.Orders.Domain;
using Vetrina.Orders.Fulfilment;
using Vetrina.Orders.Aftersales;

namespace Vetrina.Orders.Pages.Admin;

/// <summary>One order: what was bought, the payment, the parcels, the history; and the actions each role may take on it.</summary>
[Authorize(Policy = StaffPolicies.OrdersRead)]
internal sealed class OrderDetailModel(VetrinaDbContext db, OrderNumbers numbers, OrderFulfilment fulfilment, OrderAdministration administration,
    OrderReturns returns, WithdrawalLog withdrawals, IAuthorizationService authorization, IStockLocations stockLocations) : AdminPageModel
{
    /// <summary>Withdrawals the shopper made with the shop's withdrawal function: the units to expect back, and the refund's deadline.</summary>
    public IReadOnlyList<Withdrawal> Withdrawals { get; private set; } = [];

    public OrderDetails Details { get; private set; } = null!;

    public string Number { get; private set; } = "";

    public IReadOnlyList<Shipment> Shipments { get; private set; } = [];

    public IReadOnlyDictionary<long, int> Unpacked { get; private set; } = new Dictionary<long, int>();

    public IReadOnlyList<StockLocationView> Locations { get; private set; } = [];

    public bool CanFulfil { get; private set; }

    public bool CanManage { get; private set; }

    /// <summary>The refund form's one-time key: a resubmitted form refunds once.</summary>
    public string RefundKey { get; } = Guid.NewGuid().ToString("N");

    /// <summary>The return form's one-time key: a resubmitted form records the return once.</summary>
    public string ReturnKey { get; } = Guid.NewGuid().ToString("N");

    public IReadOnlyList<OrderReturn> Returns { get; private set; } = [];

    /// <summary>What a refund can still give back, card and gift card together.</summary>
    public long Refundable { get; private set; }

    /// <summary>The value of the units returned, less what has been refunded since the order was paid: a suggestion for the refund.</summary>
    public long SuggestedRefund { get; private set; }

    public async Task<IActionResult> OnGetAsync(string number, CancellationToken cancellationToken) =>
        await LoadAsync(number, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostPackAsync(string number, string? location, Dictionary<long, int>? units, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(number, cancellationToken) || !CanFulfil)
        {
            return CanFulfil ? NotFound() : Forbid();
        }

        if (!ModelState.IsValid)
        {
            return Failed("pack", "Give whole numbers of units to pack. Nothing was packed.");
        }

        var result = await fulfilment.PackAsync(Details.Order.Id, location ?? "", units ?? [], Actor, cancellationToken);
        return await DoneAsync(result, "pack", $"Parcel packed at {location}. Ship it below when the courier has it.", cancellationToken);
    }

    public async Task<IActionResult> OnPostShipAsync(string number, long shipment, string? carrier, string? tracking, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(number, cancellationToken) || !CanFulfil)
        {
            return CanFulfil ? NotFound() : Forbid();
        }

        var result = await fulfilment.ShipAsync(shipment, carrier, tracking, Actor, cancellationToken);
        return await DoneAsync(result, $"ship-{shipment}", "Parcel shipped; the shopper has been emailed the tracking link.", cancellationToken);
    }

    public async Task<IActionResult> OnPostDeliverAsync(string number, long shipment, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(number, cancellationToken) || !CanFulfil)
        {
            return CanFulfil ? NotFound() : Forbid();
        }

        var result = await fulfilment.DeliverAsync(shipment, Actor, cancellationToken);
        return await DoneAsync(result, $"deliver-{shipment}", "Parcel recorded as delivered.", cancellationToken);
    }

    public async Task<IActionResult> OnPostCancelAsync(string number, string? reason, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(number, cancellationToken) || !CanManage)
        {
            return CanManage ? NotFound() : Forbid();
        }

        var result = await administration.CancelAsync(Details.Order.Id, reason ?? "", Actor, cancellationToken);
        return await DoneAsync(result, "cancel", "Order cancelled, payment given back, stock released; the shopper has been emailed.", cancellationToken);
    }

    public async Task<IActionResult> OnPostRefundAsync(string number, decimal? amount, string? reason, string? key, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(number, cancellationToken) || !CanManage)
        {
            return CanManage ? NotFound() : Forbid();
        }

        if (amount is null || !ModelState.IsValid || string.IsNullOrWhiteSpace(key))
        {
            return Failed("refund", "Give the amount to refund, e.g. 49.90 (whole won for KRW). Nothing was refunded.");
        }

        var result = await administration.RefundAsync(Details.Order.Id, amount.Value, reason ?? "", key.Trim(), Actor, cancellationToken);
        return await DoneAsync(result, "refund", $"Refunded; the shopper has been emailed.", cancellationToken);
    }

    public async Task<IActionResult> OnPostReturnAsync(string number, string? location, Dictionary<long, int>? units, bool restock, string? reason, string? key,
        CancellationToken cancellationToken)
    {
        if (!await LoadAsync(number, cancellationToken) || !(CanFulfil || CanManage))
        {
            return CanFulfil || CanManage ? NotFound() : Forbid();
        }

        if (!ModelState.IsValid || string.IsNullOrWhiteSpace(key))
        {
            return Failed("return", "Give whole numbers of units that came back. Nothing was recorded.");
        }

        var result = await returns.ReceiveAsync(Details.Order.Id, location ?? "", units ?? [], restock, reason ?? "", key.Trim(), Actor, null, cancellationToken);
        return await DoneAsync(result, "return", restock ? "Return received and back in stock. Refund it below." : "Return received (not restocked). Refund it below.",
            cancellationToken);
    }

    private async Task<IActionResult> DoneAsync(OrderActionResult result, string form, string message, CancellationToken cancellationToken)
    {
        if (result.Succeeded)
        {
            Flash(message);
            return Redirect($"/admin/orders/{Number}");
        }

        await LoadAsync(Number, cancellationToken);
        return Failed(form, result.Detail!);
    }

    private PageResult Failed(string form, string message)
    {
        ModelState.AddModelError(form, message);
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    private async Task<bool> LoadAsync(string number, CancellationToken cancellationToken)
    {
        if (!numbers.TryRead(number, out var id))
        {
            return false;
        }

        db.ChangeTracker.Clear();
        var order = await db.Set<Order>().AsNoTracking().Include(o => o.Lines).Include(o => o.Transitions).FirstOrDefaultAsync(o => o.Id == id, cancellationToken);
        if (order is null)
        {
            return false;
        }

        var payment = await db.Set<OrderPayment>().AsNoTracking().Where(p => p.OrderId == id).OrderByDescending(p => p.CreatedAt).FirstOrDefaultAsync(cancellationToken);
        Shipments = await db.Set<Shipment>().AsNoTracking().Include(s => s.Lines).Where(s => s.OrderId == id).OrderBy(s => s.Id).ToListAsync(cancellationToken);
        Details = new OrderDetails(order, payment, Shipments);
        Number = numbers.Format(id);
        Unpacked = await fulfilment.UnpackedAsync(order, cancellationToken);
        Locations = await stockLocations.ListAsync(cancellationToken);
        CanFulfil = (await authorization.AuthorizeAsync(User, StaffPolicies.OrdersFulfil)).Succeeded;
        CanManage = (await authorization.AuthorizeAsync(User, StaffPolicies.OrdersManage)).Succeeded;
        Returns = await returns.ForOrderAsync(id, cancellationToken);
        Withdrawals = await withdrawals.ForOrderAsync(id, cancellationToken);
        Refundable = await administration.RefundableMinorAsync(id, cancellationToken);
        // What the returned units cost the shopper after the order's discount, less what has been refunded already.
        var returnedValue = order.Lines.Sum(l => l.ReturnedQuantity * l.UnitPriceMinor);
        var paidValue = order.SubtotalMinor == 0 ? 0 : returnedValue * (order.SubtotalMinor - Math.Min(order.DiscountMinor, order.SubtotalMinor)) / order.SubtotalMinor;
        var refunded = await db.Set<OrderRefund>().Where(r => r.OrderId == id).SumAsync(r => r.ToCardMinor + r.ToGiftCardMinor, cancellationToken);
        SuggestedRefund = Math.Clamp(paidValue - refunded, 0, Refundable);
        ViewData["Title"] = $"Order {Number}";
        return true;
    }
}
