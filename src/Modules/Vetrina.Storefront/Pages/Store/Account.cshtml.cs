using Microsoft.AspNetCore.Mvc;

namespace Vetrina.Storefront.Pages.Store;

public sealed class AccountModel : AccountPageModel
{
    public string? Email { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        Prepare(Text.Account);
        PathIn = language => $"/{language}/account";
        var user = User.Identity?.IsAuthenticated == true ? await Users.GetUserAsync(User) : null;
        if (user is null)
        {
            return Redirect($"/{Language}/account/sign-in?returnUrl={Uri.EscapeDataString($"/{Language}/account")}");
        }

        Email = user.Email;
        return Page();
    }

    public async Task<IActionResult> OnPostSignOutAsync()
    {
        await Sessions.SignOutAsync();
        // The bag belongs to the account now; it stays with the account, not on this device.
        BagCookie.Clear(Response);
        return Redirect($"/{Language}");
    }
}
