using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Vetrina.Admin.Contracts;
using Vetrina.Data;
using Vetrina.Inventory.Contracts;
using Vetrina.Kernel;
using Vetrina.Kernel.Security;
using Vetrina.Orders.Aftersales;
using Vetrina.Orders.Contracts;
using Vetrina.Orders.Domain;

namespace Vetrina.Orders.Pages.Admin;

/// <summary>
/// Returns shoppers started: what is on its way back and why, receiving a parcel by its return number, and the refund
/// with its deadline (Korea: 3 business days from arrival; EU: 14 days from the request).
/// </summary>
[Authorize(Policy = StaffPolicies.OrdersRead)]
internal sealed class ReturnsModel(VetrinaDbContext db, ReturnRefunds refunds, OrderReturns receipts, ReturnExchanges exchanges,
    IStockLocations stockLocations, IAuthorizationService authorization) : AdminPageModel
{
    public const int RefundedShown = 100;

    public IReadOnlyList<ReturnRefunds.Entry> Entries { get; private set; } = [];

    public IReadOnlyList<StockLocationView> Locations { get; private set; } = [];

    /// <summary>The ids of each return's photos (the pictures themselves load one by one).</summary>
    public ILookup<long, Guid> Photos { get; private set; } = Array.Empty<Guid>().ToLookup(_ => 0L);

    public bool CanReceive { get; private set; }

    public bool CanRefund { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostReceiveAsync(string number, string? location, bool restock, CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (!CanReceive)
        {
            return Forbid();
        }

        var request = await db.Set<ReturnRequest>().AsNoTracking().Include(r => r.Lines).FirstOrDefaultAsync(r => r.Number == number, cancellationToken);
        if (request is null)
        {
            return NotFound();
        }

        var units = request.Lines.GroupBy(l => l.OrderLineId).ToDictionary(g => g.Key, g => g.Sum(l => l.Quantity));
        var reasons = string.Join(", ", request.Lines.Select(l => l.Reason.Label()).Distinct());
        var result = await receipts.ReceiveAsync(request.OrderId, location ?? "", units, restock, $"Return {number}: {reasons}", $"request:{number}", Actor, number,
            cancellationToken);
        return await DoneAsync(result, number, restock ? $"Return {number} received and back in stock; refund it below." : $"Return {number} received (not restocked); refund it below.",
            cancellationToken);
    }

    public async Task<IActionResult> OnPostRefundAsync(string number, CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (!CanRefund)
        {
            return Forbid();
        }

        var result = await refunds.RefundAsync(number, Actor, cancellationToken);
        return await DoneAsync(result, number, $"Return {number} refunded; the shopper has been emailed.", cancellationToken);
    }

    public async Task<IActionResult> OnPostShipExchangeAsync(string number, string? location, string? carrier, string? tracking, CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (!CanReceive)
        {
            return Forbid();
        }

        var result = await exchanges.ShipAsync(number, location ?? "", carrier, tracking, Actor, cancellationToken);
        return await DoneAsync(result, number, $"Exchange {number} sent; the shopper has been emailed the tracking link.", cancellationToken);
    }

    /// <summary>A shopper's photo of a fault, for staff only.</summary>
    public async Task<IActionResult> OnGetPhotoAsync(Guid id, CancellationToken cancellationToken)
    {
        var photo = await db.Set<ReturnPhoto>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (photo is null)
        {
            return NotFound();
        }

        Response.Headers.CacheControl = "private, no-store";
        return File(photo.Content, "image/webp");
    }

    public static string Money(long minor, Kernel.Currency currency) => new Kernel.Money(minor, currency).Format();

    private async Task<IActionResult> DoneAsync(OrderActionResult result, string number, string message, CancellationToken cancellationToken)
    {
        if (result.Succeeded)
        {
            Flash(message);
            return Redirect("/admin/returns");
        }

        await LoadAsync(cancellationToken);
        ModelState.AddModelError(number, result.Detail!);
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Entries = await refunds.ListAsync(RefundedShown, cancellationToken);
        var ids = Entries.Select(e => e.Request.Id).ToList();
        Photos = (await db.Set<ReturnPhoto>().AsNoTracking().Where(p => ids.Contains(p.ReturnRequestId)).Select(p => new { p.ReturnRequestId, p.Id })
            .ToListAsync(cancellationToken)).ToLookup(p => p.ReturnRequestId, p => p.Id);
        Locations = await stockLocations.ListAsync(cancellationToken);
        CanReceive = (await authorization.AuthorizeAsync(User, StaffPolicies.OrdersFulfil)).Succeeded
            || (await authorization.AuthorizeAsync(User, StaffPolicies.OrdersManage)).Succeeded;
        CanRefund = (await authorization.AuthorizeAsync(User, StaffPolicies.OrdersManage)).Succeeded;
        ViewData["Title"] = "Returns";
    }
}
