using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Vetrina.Kernel.Time;
using Vetrina.Orders.Contracts;
using Vetrina.Storefront.Localization;

namespace Vetrina.Storefront.Pages.Store;

/// <summary>A return as its shopper follows it, opened with the key from its confirmation; the prepaid label is downloaded here.</summary>
internal sealed class ReturnDetailModel : StorePageModel
{
    public ReturnsText Words => ReturnsText.For(Language);

    public ShopperReturn Return { get; private set; } = null!;

    public string Key { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string number, string? key, CancellationToken cancellationToken)
    {
        if (key is not { Length: > 0 and <= 64 } || await Returns.FindAsync(number, key, cancellationToken) is not { } found)
        {
            return NotFound();
        }

        (Return, Key) = (found, key);
        Title = $"{string.Format(System.Globalization.CultureInfo.InvariantCulture, Words.Number, found.Number)} · Vetrina";
        Indexable = false;
        PathIn = language => $"/{language}/returns/{found.Number}?key={Uri.EscapeDataString(key)}";
        Response.Headers.CacheControl = "no-store";
        return Page();
    }

    public string? Problem { get; private set; }

    public async Task<IActionResult> OnPostCancelAsync(string number, string? key, CancellationToken cancellationToken)
    {
        if (key is not { Length: > 0 and <= 64 })
        {
            return NotFound();
        }

        if (await Returns.CancelAsync(number, key, cancellationToken))
        {
            return Redirect($"/{Language}/returns/{Uri.EscapeDataString(number)}?key={Uri.EscapeDataString(key)}");
        }

        var shown = await OnGetAsync(number, key, cancellationToken);
        Problem = Words.CannotCancel;
        Response.StatusCode = Microsoft.AspNetCore.Http.StatusCodes.Status409Conflict;
        return shown;
    }

    public async Task<IActionResult> OnGetLabelAsync(string number, string? key, CancellationToken cancellationToken)
    {
        if (key is not { Length: > 0 and <= 64 } || await Returns.LabelAsync(number, key, cancellationToken) is not { } pdf)
        {
            return NotFound();
        }

        Response.Headers.CacheControl = "no-store";
        return File(pdf, "application/pdf", $"{number}.pdf");
    }

    public string When(DateTimeOffset at) => LocalTimes.DateAndTime(at, TimeZoneInfo.FindSystemTimeZoneById(Return.TimeZone), Language);

    public string Money(long minor) => new Kernel.Money(minor, Return.Currency).Format(Language);

    private IReturnRequests Returns => HttpContext.RequestServices.GetRequiredService<IReturnRequests>();
}
