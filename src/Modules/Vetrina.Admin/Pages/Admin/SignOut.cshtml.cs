using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Vetrina.Admin.Contracts;

namespace Vetrina.Admin.Pages.Admin;

[AllowAnonymous]
internal sealed class SignOutModel(SignInManager<IdentityUser> signIn) : AdminPageModel
{
    public IActionResult OnGet() => RedirectToPage("Index");

    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        return RedirectToPage("SignIn");
    }
}
