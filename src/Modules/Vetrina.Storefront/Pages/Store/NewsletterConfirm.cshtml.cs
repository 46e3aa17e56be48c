using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Vetrina.EmailMarketing.Contracts;

namespace Vetrina.Storefront.Pages.Store;

/// <summary>
/// The confirmation link's page. Opening it shows a button; the click (a POST) confirms: mail scanners that open every
/// link never subscribe anyone by themselves.
/// </summary>
internal sealed class NewsletterConfirmModel : StorePageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    public bool Confirmed { get; private set; }

    public bool Expired { get; private set; }

    public void OnGet() => Prepare();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var book = HttpContext.RequestServices.GetRequiredService<INewsletter>();
        var requester = new Requester("confirmation-link", HttpContext.Connection.RemoteIpAddress?.ToString(), Request.Headers.UserAgent.ToString());
        Confirmed = await book.ConfirmAsync(Token, requester, cancellationToken);
        Expired = !Confirmed;
        if (Expired)
        {
            Response.StatusCode = StatusCodes.Status410Gone;
        }

        Prepare();
        return Page();
    }

    private void Prepare()
    {
        Title = $"{OptInText.For(Language).ConfirmSubject} · Vetrina";
        Indexable = false;
        Response.Headers.CacheControl = "no-store";
    }
}
