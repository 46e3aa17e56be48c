using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;
using Vetrina.Storefront.Localization;

namespace Vetrina.Storefront.Pages.Store;

/// <summary>Where the emailed link leads: the customer chooses a new password; the link works once and for two hours.</summary>
internal sealed class AccountResetModel : AccountPageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Email { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    public string? Error { get; private set; }

    public bool Done { get; private set; }

    public PasswordResetText Words { get; private set; } = PasswordResetText.For("en");

    public void OnGet()
    {
        Words = PasswordResetText.For(Language);
        Prepare(Words.ChooseNew);
        PathIn = language => $"/{language}/account/forgot";
    }

    public async Task<IActionResult> OnPostAsync()
    {
        OnGet();
        string? token;
        try
        {
            token = Token is null ? null : Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(Token));
        }
        catch (FormatException)
        {
            token = null;
        }

        if (string.IsNullOrWhiteSpace(Email) || token is null)
        {
            return Fail(Words.LinkInvalid);
        }

        if (string.IsNullOrEmpty(Password) || Password.Length < 12)
        {
            return Fail(Text.PasswordHint);
        }

        var outcome = await Accounts.ResetPasswordAsync(Email.Trim(), token, Password);
        if (outcome != Customers.Contracts.PasswordResetOutcome.Changed)
        {
            return Fail(outcome == Customers.Contracts.PasswordResetOutcome.LinkInvalid ? Words.LinkInvalid : Text.PasswordHint);
        }

        Done = true;
        return Page();
    }

    private PageResult Fail(string error)
    {
        Error = error;
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }
}
