using System.Net;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Vetrina.Kernel;
using Vetrina.Messaging.Contracts;
using Vetrina.Storefront.Localization;

namespace Vetrina.Storefront.Pages.Store;

/// <summary>
/// "Forgot your password?": mails a customer a link to choose a new one. The answer is the same whether or not the
/// email has an account, so the page tells nobody who shops here. Staff reset theirs in the back office.
/// </summary>
[Data.Security.WindowLimit(ShopLimits.PasswordReset)]
internal sealed class AccountForgotModel : AccountPageModel
{
    [BindProperty]
    public string? Email { get; set; }

    public bool Sent { get; private set; }

    public PasswordResetText Words { get; private set; } = PasswordResetText.For("en");

    public void OnGet()
    {
        Words = PasswordResetText.For(Language);
        Prepare(Words.Forgot);
        PathIn = language => $"/{language}/account/forgot";
    }

    public async Task<IActionResult> OnPostAsync()
    {
        OnGet();
        var email = Email?.Trim();
        if (string.IsNullOrEmpty(email))
        {
            return Page();
        }

        if (await Accounts.StartPasswordResetAsync(email) is { } ticket)
        {
            var token = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(ticket.Token));
            var site = HttpContext.RequestServices.GetRequiredService<IOptions<SiteOptions>>().Value.Base;
            var customer = ticket.Customer;
            var link = $"{site}/{Language}/account/reset?email={Uri.EscapeDataString(customer.Email)}&token={token}";
            var text = string.Format(System.Globalization.CultureInfo.InvariantCulture, Words.MailBody, link);
            var html = $"<!doctype html><html lang=\"{Language}\"><body><p>{WebUtility.HtmlEncode(text).Replace("\n", "<br>", StringComparison.Ordinal)}</p></body></html>";
            var mail = new TransactionalMail($"account:{customer.Id}:reset:{Guid.NewGuid():N}", customer.Email, Words.MailSubject, text, html, Language);
            await HttpContext.RequestServices.GetRequiredService<IMailOutbox>().QueueAsync(mail, HttpContext.RequestAborted);
            await HttpContext.RequestServices.GetRequiredService<Data.VetrinaDbContext>().SaveChangesAsync(HttpContext.RequestAborted);
        }

        Sent = true;
        return Page();
    }
}
