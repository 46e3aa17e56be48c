using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Vetrina.Kernel.Security;

namespace Vetrina.Storefront.Pages.Store;

public sealed class AccountRegisterModel : AccountPageModel
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
            var user = new IdentityUser { UserName = email, Email = email, LockoutEnabled = true };
            var created = await Users.CreateAsync(user, Password!);
            if (created.Succeeded)
            {
                await Users.AddToRoleAsync(user, CustomerRole.Name);
                await Sessions.SignInAsync(user, isPersistent: true);
                await AdoptBagAsync(user);
                return LocalRedirect($"/{Language}/account");
            }

            Errors[created.Errors.Any(e => e.Code is "DuplicateUserName" or "DuplicateEmail") ? nameof(Email) : nameof(Password)] =
                created.Errors.Any(e => e.Code is "DuplicateUserName" or "DuplicateEmail") ? Text.EmailTaken : Text.EnterPassword;
        }

        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }
}
