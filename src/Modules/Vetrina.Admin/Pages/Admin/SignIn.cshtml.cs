using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Http;
using Vetrina.Admin.Contracts;
using Vetrina.Admin.Staff;
using Vetrina.Data.Security;

namespace Vetrina.Admin.Pages.Admin;

[AllowAnonymous]
internal sealed class SignInModel(SignInManager<IdentityUser> signIn, SignInThrottle throttle, FailedSignInAlerts alerts) : AdminPageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Enter your email address.")]
    [EmailAddress(ErrorMessage = "Enter an email address like name@brand.com.")]
    public string Email { get; set; } = "";

    [BindProperty]
    [Required(ErrorMessage = "Enter your password.")]
    [DataType(DataType.Password)]
    public string Password { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var email = Email.Trim();
        var cancellationToken = HttpContext.RequestAborted;
        var attempt = await throttle.BeginAsync(HttpContext, email, cancellationToken);
        if (attempt.RetryAfter > TimeSpan.Zero)
        {
            var seconds = (long)Math.Ceiling(attempt.RetryAfter.TotalSeconds);
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            ModelState.AddModelError(string.Empty, $"Too many failed attempts from here: wait {(seconds < 60 ? $"{seconds} s" : $"{(seconds + 59) / 60} min")} "
                + "and try again. The account is not locked; each further wrong password doubles the wait.");
            return Page();
        }

        var result = await signIn.PasswordSignInAsync(email, Password, isPersistent: false, lockoutOnFailure: false);
        if (result.Succeeded || result.RequiresTwoFactor)
        {
            await throttle.SucceededAsync(HttpContext, email, cancellationToken);
            return result.Succeeded
                ? LocalRedirect(SafeReturnUrl(ReturnUrl))
                : RedirectToPage("SignInCode", new { ReturnUrl = SafeReturnUrl(ReturnUrl) });
        }

        await alerts.FailedAsync(email, attempt.AccountFailures, HttpContext.Connection.RemoteIpAddress, cancellationToken);
        ModelState.AddModelError(string.Empty, "The email or password is not right. Check both and try again.");
        return Page();
    }

    internal static string SafeReturnUrl(string? url) =>
        url is not null && url.StartsWith("/admin", StringComparison.Ordinal) && !url.StartsWith("//", StringComparison.Ordinal) ? url : "/admin";
}
