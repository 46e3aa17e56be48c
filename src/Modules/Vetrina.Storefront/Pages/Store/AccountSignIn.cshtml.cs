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

        var signIn = await Accounts.SignInAsync(Email.Trim(), Password);
        if (signIn.Customer is { } customer)
        {
            await AdoptBagAsync(customer);
            return LocalRedirect(SafeReturnUrl(ReturnUrl));
        }

        if (signIn.Outcome == Customers.Contracts.CustomerSignInOutcome.TooManyAttempts)
        {
            var seconds = (long)Math.Ceiling(signIn.RetryAfter.TotalSeconds);
            Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Fail(Text.WaitBeforeRetrying(seconds),
                StatusCodes.Status429TooManyRequests);
        }

        return Fail(Text.WrongPassword);
    }

    private PageResult Fail(string error, int status = StatusCodes.Status422UnprocessableEntity)
    {
        Error = error;
        Response.StatusCode = status;
        return Page();
    }
}
