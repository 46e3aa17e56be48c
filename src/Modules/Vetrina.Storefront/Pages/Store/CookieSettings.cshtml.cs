namespace Vetrina.Storefront.Pages.Store;

/// <summary>Where consent is changed or withdrawn as easily as it was given (one page, one click), in the visitor's language.</summary>
internal sealed class CookieSettingsModel : StorePageModel
{
    public bool Saved { get; private set; }

    /// <summary>The browser sends Global Privacy Control: marketing stays off whatever is ticked.</summary>
    public bool GlobalPrivacyControl { get; private set; }

    public void OnGet(bool saved)
    {
        Saved = saved;
        GlobalPrivacyControl = Request.Headers["Sec-GPC"].ToString() == "1";
        Title = $"{Privacy.Contracts.ConsentText.For(Language).Settings} · Vetrina";
        Indexable = false;
        PathIn = language => $"/{language}/privacy/cookies";
        Response.Headers.CacheControl = "no-store";
    }
}
