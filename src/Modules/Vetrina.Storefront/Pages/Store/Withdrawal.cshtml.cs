using System.Globalization;
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
/// The withdrawal function, in two steps as the law has it: the shopper names the order (no sign-in), sees what can be
/// withdrawn with everything chosen, and presses "confirm withdrawal"; the page then shows, and an email confirms, what
/// was withdrawn and when it was received.
/// </summary>
[Data.Security.WindowLimit(ShopLimits.Withdrawal)]
internal sealed class WithdrawalModel : StorePageModel
{
    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? OrderNumber { get; set; }

    [BindProperty]
    public string? Email { get; set; }

    /// <summary>The confirming form's one-time token.</summary>
    [BindProperty]
    public string? Key { get; set; }

    [BindProperty]
    public Dictionary<long, int> Units { get; set; } = [];

    public WithdrawalText Words => WithdrawalText.For(Language);

    public WithdrawalReview? Review { get; private set; }

    public WithdrawalOutcome? Outcome { get; private set; }

    public Dictionary<string, string> Errors { get; } = [];

    public string? Problem { get; private set; }

    public void OnGet() => Prepare();

    public async Task<IActionResult> OnPostReviewAsync(CancellationToken cancellationToken)
    {
        Prepare();
        if (!Complete())
        {
            return Refused();
        }

        var review = await Withdrawals.ReviewAsync(OrderNumber, Email, cancellationToken);
        if (review.Refusal is { } refusal)
        {
            Problem = Describe(refusal, review.Deadline, review.TimeZone);
            return Refused();
        }

        Review = review;
        Key = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        return Page();
    }

    public async Task<IActionResult> OnPostConfirmAsync(CancellationToken cancellationToken)
    {
        if (Key is not { Length: > 0 and <= 64 })
        {
            // A confirmation without its form's token (forged, or a form from before): show the second step again.
            return await OnPostReviewAsync(cancellationToken);
        }

        Prepare();
        if (!Complete())
        {
            return Refused();
        }

        var outcome = await Withdrawals.ConfirmAsync(new WithdrawalRequest(Key, Name, OrderNumber, Email, Language, Units.Count == 0 ? null : Units), cancellationToken);
        if (outcome.Refusal is { } refusal)
        {
            Review = await Withdrawals.ReviewAsync(OrderNumber, Email, cancellationToken);
            Problem = Describe(refusal, Review.Deadline, Review.TimeZone);
            if (Review.Refusal is not null)
            {
                Review = null;
            }

            return Refused();
        }

        Outcome = outcome;
        return Page();
    }

    public string When(DateTimeOffset at, string? zone) =>
        LocalTimes.DateAndTime(at, zone is null ? Market.Zone : TimeZoneInfo.FindSystemTimeZoneById(zone), Language);

    private IWithdrawals Withdrawals => HttpContext.RequestServices.GetRequiredService<IWithdrawals>();

    private bool Complete()
    {
        if (string.IsNullOrWhiteSpace(Name) || Name.Length > 200)
        {
            Errors["Name"] = Words.NameRequired;
        }

        if (string.IsNullOrWhiteSpace(OrderNumber) || OrderNumber.Length > 32)
        {
            Errors["OrderNumber"] = Words.NumberRequired;
        }

        if (string.IsNullOrWhiteSpace(Email) || Email.Length > 254)
        {
            Errors["Email"] = Words.EmailRequired;
        }

        return Errors.Count == 0;
    }

    private string Describe(WithdrawalRefusal refusal, DateTimeOffset? deadline, string? zone) => refusal switch
    {
        WithdrawalRefusal.OutsideTheEu => Words.OutsideTheEu,
        WithdrawalRefusal.PeriodOver => string.Format(CultureInfo.InvariantCulture, Words.PeriodOver, deadline is { } end ? When(end, zone) : ""),
        WithdrawalRefusal.NothingLeft => Words.NothingLeft,
        WithdrawalRefusal.TooMany => Words.TooMany,
        WithdrawalRefusal.NothingChosen => Words.NothingChosen,
        WithdrawalRefusal.NameRequired => Words.NameRequired,
        _ => Words.NotFound,
    };

    private void Prepare()
    {
        Title = $"{Words.Heading} · Vetrina";
        Indexable = false;
        PathIn = language => $"/{language}/withdrawal";
        Response.Headers.CacheControl = "no-store";
    }
}
