using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Vetrina.EmailMarketing.Contracts;

namespace Vetrina.Storefront.Pages.Store;

/// <summary>
/// The newsletter sign-up (the form in every page's footer posts here): double opt-in, so nothing is subscribed until
/// the link in the confirmation email is clicked; the words shown and the browser's address are kept as proof.
/// </summary>
[Data.Security.WindowLimit(ShopLimits.Newsletter)]
internal sealed class NewsletterModel : StorePageModel
{
    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public bool NightConsent { get; set; }

    public bool Sent { get; private set; }

    public string? Error { get; private set; }

    public void OnGet(bool sent)
    {
        Sent = sent;
        Prepare();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var book = HttpContext.RequestServices.GetRequiredService<INewsletter>();
        var country = Market.Countries.Count > 0 ? Market.Countries[0] : "IT";
        var requester = new Requester("newsletter-form", HttpContext.Connection.RemoteIpAddress?.ToString(), Request.Headers.UserAgent.ToString());
        var account = User.Identity?.IsAuthenticated == true ? User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value : null;
        if (await book.RequestAsync(Email, Language, country, NightConsent && OptInText.AsksNightConsent(country), requester, account, cancellationToken))
        {
            return Redirect($"/{Language}/newsletter?sent=true");
        }

        Error = OptInText.For(Language).InvalidEmail;
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        Prepare();
        return Page();
    }

    private void Prepare()
    {
        Title = $"{OptInText.For(Language).Heading} · Vetrina";
        Indexable = false;
        PathIn = language => $"/{language}/newsletter";
        Response.Headers.CacheControl = "no-store";
    }
}
