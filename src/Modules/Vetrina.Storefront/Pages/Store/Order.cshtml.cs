using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Vetrina.Orders.Contracts;
using Vetrina.Storefront.Localization;

namespace Vetrina.Storefront.Pages.Store;

/// <summary>
/// An order as its shopper sees it: confirmation right after paying, then its status and history. A guest gets here
/// with the key from the email or the payment return; a customer by being signed in.
/// </summary>
internal sealed class OrderModel : StorePageModel
{
    public CheckoutText Words { get; private set; } = CheckoutText.English;

    public ShopperOrder Order { get; private set; } = null!;

    public string Number => Order.Number;

    /// <summary>The order's access key as the page was opened with it, for the way back to checkout after a failed payment.</summary>
    public string? Key { get; private set; }

    /// <summary>Arrived from checkout (or the bank's check): the thanks are said on this visit only, not on every later one.</summary>
    public bool JustPlaced { get; private set; }

    public async Task<IActionResult> OnGetAsync(string number, string? key, string? placed)
    {
        JustPlaced = placed is not null;
        Words = CheckoutText.For(Language);
        Indexable = false;
        Response.Headers.CacheControl = "no-store";
        var customerId = User.Identity?.IsAuthenticated == true ? User.FindFirstValue(ClaimTypes.NameIdentifier) : null;
        if (await HttpContext.RequestServices.GetRequiredService<IShopperOrders>().FindAsync(number, key, customerId, HttpContext.RequestAborted) is not { } order)
        {
            return NotFound();
        }

        Order = order;
        Key = key;
        Title = $"{string.Format(System.Globalization.CultureInfo.InvariantCulture, Words.OrderTitle, Number)} · Vetrina";
        var query = key is null ? "" : $"?key={Uri.EscapeDataString(key)}";
        PathIn = language => $"/{language}/account/orders/{Number}{query}";
        return Page();
    }
}
