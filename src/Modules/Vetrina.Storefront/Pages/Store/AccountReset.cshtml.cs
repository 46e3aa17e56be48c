using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;
using Vetrina.Storefront.Localization;

namespace Vetrina.Storefront.Pages.Store;

/// <summary>Where the emailed link leads: the customer chooses a new password; the link works once and for two hours.</summary>
public sealed class AccountResetModel : AccountPageModel
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
        var user = string.IsNullOrWhiteSpace(Email) ? null : await Users.FindByEmailAsync(Email.Trim());
        string? token;
        try
        {
            token = Token is null ? null : Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(Token));
        }
        catch (FormatException)
        {
            token = null;
        }

        if (user is null || token is null)
        {
            return Fail(Words.LinkInvalid);
        }

        if (string.IsNullOrEmpty(Password) || Password.Length < 12)
        {
            return Fail(Text.PasswordHint);
        }

        var result = await Users.ResetPasswordAsync(user, token, Password);
        if (!result.Succeeded)
        {
            return Fail(result.Errors.Any(e => e.Code == "InvalidToken") ? Words.LinkInvalid : Text.PasswordHint);
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
