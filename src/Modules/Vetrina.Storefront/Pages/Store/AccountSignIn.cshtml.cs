using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Vetrina.Storefront.Pages.Store;

internal sealed class AccountSignInModel : AccountPageModel
{
    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Error { get; private set; }

    public void OnGet()
    {
        Prepare(Text.SignIn);
        PathIn = language => $"/{language}/account/sign-in";
    }

    public async Task<IActionResult> OnPostAsync()
    {
        OnGet();
        if (string.IsNullOrWhiteSpace(Email) || string.IsNullOrEmpty(Password))
        {
            return Fail(string.IsNullOrWhiteSpace(Email) ? Text.EnterEmail : Text.EnterPassword);
        }

        var (outcome, customer) = await Accounts.SignInAsync(Email.Trim(), Password);
        if (customer is not null)
        {
            await AdoptBagAsync(customer);
            return LocalRedirect(SafeReturnUrl(ReturnUrl));
        }

        return Fail(outcome == Customers.Contracts.CustomerSignInOutcome.LockedOut ? Text.LockedOut : Text.WrongPassword);
    }

    private PageResult Fail(string error)
    {
        Error = error;
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }
}
