using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Vetrina.Customers.Contracts;

namespace Vetrina.Storefront.Pages.Store;

[Data.Security.WindowLimit(ShopLimits.SignUp)]
internal sealed class AccountRegisterModel : AccountPageModel
{
    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    public Dictionary<string, string> Errors { get; } = [];

    public void OnGet()
    {
        Prepare(Text.Register);
        PathIn = language => $"/{language}/account/register";
    }

    public async Task<IActionResult> OnPostAsync()
    {
        OnGet();
        var email = Email?.Trim() ?? "";
        if (email.Length is 0 or > 256 || !new System.ComponentModel.DataAnnotations.EmailAddressAttribute().IsValid(email) || !email.Contains('.', StringComparison.Ordinal))
        {
            Errors[nameof(Email)] = Text.EnterEmail;
        }

        if (Password is not { Length: >= 12 and <= 200 })
        {
            Errors[nameof(Password)] = Text.EnterPassword;
        }

        if (Errors.Count == 0)
        {
            var (outcome, customer) = await Accounts.RegisterAsync(email, Password!, Language, HttpContext.RequestAborted);
            if (customer is not null)
            {
                await AdoptBagAsync(customer);
                return LocalRedirect($"/{Language}/account");
            }

            if (outcome == RegistrationOutcome.EmailTaken)
            {
                Errors[nameof(Email)] = Text.EmailTaken;
            }
            else
            {
                Errors[nameof(Password)] = Text.EnterPassword;
            }
        }

        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }
}
