using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Vetrina.Orders;
using Vetrina.Orders.Domain;
using Vetrina.Orders.Payments;
using Vetrina.Storefront.Localization;

namespace Vetrina.Storefront.Pages.Store;

/// <summary>
/// An order as its shopper sees it: confirmation right after paying, then its status and history. A guest gets here
/// with the key from the email or the payment return; a customer by being signed in.
/// </summary>
internal sealed class OrderModel : StorePageModel
{
    public CheckoutText Words { get; private set; } = CheckoutText.English;

    public OrderDetails Details { get; private set; } = null!;

    public string Number { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string number, string? key)
    {
        Words = CheckoutText.For(Language);
        Indexable = false;
        Response.Headers.CacheControl = "no-store";
        var services = HttpContext.RequestServices;
        var orders = services.GetRequiredService<OrderQueries>();
        var customerId = User.Identity?.IsAuthenticated == true ? User.FindFirstValue(ClaimTypes.NameIdentifier) : null;
        var details = await orders.FindAsync(number, key, customerId, HttpContext.RequestAborted);
        if (details is null)
        {
            return NotFound();
        }

        if (details.Payment?.State is PaymentState.Pending or PaymentState.RequiresAction)
        {
            // Back from the bank's check: settle with the provider before showing anything.
            await services.GetRequiredService<OrderPayments>().RefreshAsync(details.Order.Id, HttpContext.RequestAborted);
            details = (await orders.FindAsync(number, key, customerId, HttpContext.RequestAborted))!;
        }

        Details = details;
        Number = services.GetRequiredService<OrderNumbers>().Format(details.Order.Id);
        Title = $"{string.Format(System.Globalization.CultureInfo.InvariantCulture, Words.OrderTitle, Number)} · Vetrina";
        var query = key is null ? "" : $"?key={Uri.EscapeDataString(key)}";
        PathIn = language => $"/{language}/account/orders/{Number}{query}";
        return Page();
    }
}
