using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Vetrina.Orders.Contracts;

namespace Vetrina.Storefront.Pages.Store;

internal sealed class AccountModel : AccountPageModel
{
    public string? Email { get; private set; }

    public IReadOnlyList<ShopperOrderSummary> Orders { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        Prepare(Text.Account);
        PathIn = language => $"/{language}/account";
        var customer = await Accounts.CurrentAsync(User);
        if (customer is null)
        {
            return Redirect($"/{Language}/account/sign-in?returnUrl={Uri.EscapeDataString($"/{Language}/account")}");
        }

        Email = customer.Email;
        Orders = await HttpContext.RequestServices.GetRequiredService<IShopperOrders>().ForCustomerAsync(customer.Id, HttpContext.RequestAborted);
        return Page();
    }

    public async Task<IActionResult> OnPostSignOutAsync()
    {
        await Accounts.SignOutAsync();
        // The bag belongs to the account now; it stays with the account, not on this device.
        BagCookie.Clear(Response);
        return Redirect($"/{Language}");
    }
}
