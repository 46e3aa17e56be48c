using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Vetrina.EmailMarketing.Contracts;

namespace Vetrina.Storefront.Pages.Store;

/// <summary>Where an email's unsubscribe link leads: one question, one button, no sign-in (free and as easy as subscribing).</summary>
internal sealed class NewsletterUnsubscribeModel : StorePageModel
{
    [BindProperty(Name = "t", SupportsGet = true)]
    public string? Token { get; set; }

    public string? Email { get; private set; }

    public bool Done { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Prepare();
        var tracking = HttpContext.RequestServices.GetRequiredService<INewsletter>();
        Email = Token is null ? null : await tracking.RecipientAsync(Token, cancellationToken);
        return Email is null ? NotFound() : Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Prepare();
        var tracking = HttpContext.RequestServices.GetRequiredService<INewsletter>();
        var requester = new Requester("unsubscribe-page", HttpContext.Connection.RemoteIpAddress?.ToString(), Request.Headers.UserAgent.ToString());
        if (Token is null || !await tracking.UnsubscribeAsync(Token, requester, cancellationToken))
        {
            return NotFound();
        }

        Done = true;
        return Page();
    }

    private void Prepare()
    {
        Title = $"{OptInText.For(Language).UnsubscribeHeading} · Vetrina";
        Indexable = false;
        Response.Headers.CacheControl = "no-store";
    }
}
