using System.Globalization;
using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;
using Vetrina.Kernel.Time;
using Vetrina.Orders.Contracts;
using Vetrina.Storefront.Localization;

namespace Vetrina.Storefront.Pages.Store;

/// <summary>
/// A return the shopper starts: the order is named by number and email (or opened from the signed-in customer's order
/// page), each line says how many units can go back or why none can, and the request takes a reason per line, a label or
/// a store, and a photo for a fault. What may go back is decided by the orders module, never by this page.
/// </summary>
internal sealed class ReturnsModel : StorePageModel
{
    [BindProperty(SupportsGet = true, Name = "order")]
    public string? OrderNumber { get; set; }

    [BindProperty]
    public string? Email { get; set; }

    /// <summary>The request form's one-time token.</summary>
    [BindProperty]
    public string? Key { get; set; }

    [BindProperty]
    public Dictionary<long, int> Units { get; set; } = [];

    [BindProperty]
    public Dictionary<long, ReturnReason?> Reasons { get; set; } = [];

    [BindProperty]
    public ReturnMethod Method { get; set; }

    [BindProperty]
    public string? Store { get; set; }

    [BindProperty]
    public ReturnResolution Resolution { get; set; }

    /// <summary>The SKU code each line is exchanged for.</summary>
    [BindProperty]
    public Dictionary<long, string?> Exchanges { get; set; } = [];

    [BindProperty]
    public string? Note { get; set; }

    [BindProperty]
    public IFormFile? Photo { get; set; }

    public ReturnsText Words => ReturnsText.For(Language);

    public ReturnReview? Review { get; private set; }

    public Dictionary<string, string> Errors { get; } = [];

    public string? Problem { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Prepare();
        if (CustomerId is not null && !string.IsNullOrWhiteSpace(OrderNumber))
        {
            // From the signed-in customer's order page: straight to the choice.
            await ReviewAsync(cancellationToken);
        }
    }

    public async Task<IActionResult> OnPostReviewAsync(CancellationToken cancellationToken)
    {
        Prepare();
        if (!Complete())
        {
            return Refused();
        }

        return await ReviewAsync(cancellationToken) ? Page() : Refused();
    }

    public async Task<IActionResult> OnPostRequestAsync(CancellationToken cancellationToken)
    {
        Prepare();
        if (Key is not { Length: > 0 and <= 64 } || (CustomerId is null && !Complete()))
        {
            return await OnPostReviewAsync(cancellationToken);
        }

        await using var photo = Photo?.OpenReadStream();
        var input = new ReturnRequestInput(Key, Lookup, Language, Units,
            Reasons.Where(r => r.Value is not null).ToDictionary(r => r.Key, r => r.Value!.Value), Method, Store, Note,
            photo is null ? null : new ReturnPhotoUpload(photo, Photo!.FileName, Photo.Length), Resolution,
            Exchanges.Where(e => !string.IsNullOrWhiteSpace(e.Value)).ToDictionary(e => e.Key, e => e.Value!));
        var outcome = await Returns.RequestAsync(input, cancellationToken);
        if (outcome.Refusal is { } refusal)
        {
            var key = Key;
            await ReviewAsync(cancellationToken);
            Key = key;
            Problem = Describe(refusal);
            return Refused();
        }

        return Redirect($"/{Language}/returns/{outcome.Number}?key={Uri.EscapeDataString(outcome.AccessKey!)}");
    }

    public string When(DateTimeOffset at) => LocalTimes.DateAndTime(at, Review is null ? Market.Zone : TimeZoneInfo.FindSystemTimeZoneById(Review.TimeZone), Language);

    public string Money(long minor) => new Kernel.Money(minor, Review!.Currency!).Format(Language);

    /// <summary>Why a line cannot go back, in the shopper's words.</summary>
    public string Blocked(ReturnableLine line) => line.Block switch
    {
        ReturnBlock.NotDelivered => Words.NotDelivered,
        ReturnBlock.AlreadyReturned => Words.AlreadyReturned,
        ReturnBlock.WindowOver => string.Format(CultureInfo.InvariantCulture, Words.WindowOver, line.Deadline is { } end ? When(end) : ""),
        _ => string.Format(CultureInfo.InvariantCulture, Words.FinalSale, line.FinalSaleReason),
    };

    private IReturnRequests Returns => HttpContext.RequestServices.GetRequiredService<IReturnRequests>();

    private string? CustomerId => User.Identity?.IsAuthenticated == true ? User.FindFirstValue(ClaimTypes.NameIdentifier) : null;

    private ReturnLookup Lookup => new(OrderNumber, Email, CustomerId);

    private async Task<bool> ReviewAsync(CancellationToken cancellationToken)
    {
        var review = await Returns.ReviewAsync(Lookup, Language, cancellationToken);
        if (review.Refusal is ReturnRefusal.NotFound)
        {
            Problem = Words.NotFound;
            return false;
        }

        Review = review;
        if (review.Refusal is { } refusal)
        {
            Problem = Describe(refusal);
            return false;
        }

        Key = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        return true;
    }

    private bool Complete()
    {
        if (string.IsNullOrWhiteSpace(OrderNumber) || OrderNumber.Length > 32)
        {
            Errors["OrderNumber"] = Words.NumberRequired;
        }

        if (CustomerId is null && (string.IsNullOrWhiteSpace(Email) || Email.Length > 254))
        {
            Errors["Email"] = Words.EmailRequired;
        }

        return Errors.Count == 0;
    }

    private string Describe(ReturnRefusal refusal) => refusal switch
    {
        ReturnRefusal.NothingReturnable => Words.NothingReturnable,
        ReturnRefusal.TooMany => Words.TooMany,
        ReturnRefusal.NothingChosen => Words.NothingChosen,
        ReturnRefusal.ReasonRequired => Words.ReasonRequired,
        ReturnRefusal.PhotoRequired => Words.PhotoRequired,
        ReturnRefusal.PhotoRefused => Words.PhotoRefused,
        ReturnRefusal.UnknownStore => Words.UnknownStore,
        ReturnRefusal.NoteTooLong => Words.NoteTooLong,
        ReturnRefusal.ExchangeNotOffered => Words.ExchangeNotOffered,
        ReturnRefusal.ExchangeUnavailable => Words.ExchangeUnavailable,
        _ => Words.NotFound,
    };

    private void Prepare()
    {
        Title = $"{Words.Heading} · Vetrina";
        Indexable = false;
        PathIn = language => $"/{language}/returns";
        Response.Headers.CacheControl = "no-store";
    }
}
