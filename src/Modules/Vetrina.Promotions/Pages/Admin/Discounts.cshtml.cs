using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Vetrina.Admin.Contracts;
using Vetrina.Data;
using Vetrina.Data.Audit;
using Vetrina.Kernel;
using Vetrina.Kernel.Security;
using Vetrina.Promotions.Domain;

namespace Vetrina.Promotions.Pages.Admin;

/// <summary>Discount codes and automatic promotions: what is on, how often each code was used, and forms to add or end them.</summary>
[Authorize(Policy = StaffPolicies.PromotionsManage)]
internal sealed class DiscountsModel(VetrinaDbContext db, Promotions.Pricing.PromotionBook promotions, TimeProvider clock) : AdminPageModel
{
    public IReadOnlyList<DiscountCode> Codes { get; private set; } = [];

    public IReadOnlyList<AutomaticPromotion> Automatic { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostCodeAsync(string? code, string? kind, string? percent, string? amount, string? currency, string? minimum,
        string? starts, string? ends, int? limit, int? perCustomer, string? eligible, bool combines, CancellationToken cancellationToken)
    {
        var errors = new List<string>();
        var text = code?.Trim().ToUpperInvariant() ?? "";
        if (text.Length is < 3 or > 40 || !text.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            errors.Add("A code is 3 to 40 letters, digits, dashes or underscores.");
        }
        else if (await db.Set<DiscountCode>().AnyAsync(c => c.Code == text, cancellationToken))
        {
            errors.Add($"There is already a code {text}; end it first or choose another.");
        }

        if (!EnumNames.TryParse<DiscountKind>(kind, out var discountKind))
        {
            errors.Add("Choose percent, fixed or free shipping.");
        }

        Currency? money = null;
        if (!string.IsNullOrWhiteSpace(currency))
        {
            money = Currency.TryFromCode(currency, out var found) ? found : null;
            if (money is null)
            {
                errors.Add("Unknown currency; use EUR, KRW or USD, or leave it empty for every market.");
            }
        }

        var basisPoints = discountKind == DiscountKind.Percent ? Percent(percent, errors) : 0;
        var fixedMinor = discountKind == DiscountKind.Fixed ? Amount(amount, money, "amount", errors, required: true) ?? 0 : 0;
        if (discountKind == DiscountKind.Fixed && money is null)
        {
            errors.Add("A fixed amount is in one currency: choose it.");
        }

        var minimumMinor = Amount(minimum, money, "minimum spend", errors, required: false);
        if (minimumMinor is not null && money is null)
        {
            errors.Add("A minimum spend is in one currency: choose it.");
        }

        var startsAt = Date(starts, "start", errors);
        var endsAt = Date(ends, "end", errors);
        if (startsAt is not null && endsAt is not null && endsAt <= startsAt)
        {
            errors.Add("The end comes after the start.");
        }

        if (limit is < 1 || perCustomer is < 1 || !ModelState.IsValid)
        {
            errors.Add("Limits are whole numbers from 1, or empty for none.");
        }

        var tokens = Eligibility.Parse(eligible);
        if (tokens.Any(t => !Eligibility.IsWellFormed(t)))
        {
            errors.Add("Eligible items are listed as category:CODE or collection:handle, separated by commas.");
        }

        if (errors.Count > 0)
        {
            return await FailAsync("code", errors, cancellationToken);
        }

        var created = new DiscountCode(text, discountKind, basisPoints, money, fixedMinor, minimumMinor, startsAt, endsAt, limit, perCustomer, eligible, combines);
        db.Add(created);
        db.AuditLog.Add(new AuditEntry(clock.GetUtcNow(), Actor, "discount.create", $"discount:{text}", $"{discountKind} {percent}{amount} {currency}".Trim()));
        await db.SaveChangesAsync(cancellationToken);
        Flash($"Code {text} created.");
        return Redirect("/admin/discounts");
    }

    public async Task<IActionResult> OnPostAutomaticAsync(string? nameEn, string? nameIt, string? nameKo, int? quantity, string? percent, string? eligible,
        string? starts, string? ends, CancellationToken cancellationToken)
    {
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(nameEn))
        {
            errors.Add("Give the promotion a name shoppers read in their bag (English at least).");
        }

        if (quantity is not (>= 1 and <= 100) || !ModelState.IsValid)
        {
            errors.Add("The quantity is a whole number from 1 to 100.");
        }

        var basisPoints = Percent(percent, errors);
        var startsAt = Date(starts, "start", errors);
        var endsAt = Date(ends, "end", errors);
        if (Eligibility.Parse(eligible).Any(t => !Eligibility.IsWellFormed(t)))
        {
            errors.Add("Eligible items are listed as category:CODE or collection:handle, separated by commas.");
        }

        if (errors.Count > 0)
        {
            return await FailAsync("automatic", errors, cancellationToken);
        }

        db.Add(new AutomaticPromotion(LocalizedText.FromInput(nameEn!, nameIt, nameKo), quantity!.Value, basisPoints, startsAt, endsAt, eligible));
        db.AuditLog.Add(new AuditEntry(clock.GetUtcNow(), Actor, "promotion.create", "promotion", nameEn!.Trim()));
        await db.SaveChangesAsync(cancellationToken);
        promotions.Forget();
        Flash($"Promotion “{nameEn!.Trim()}” is on.");
        return Redirect("/admin/discounts");
    }

    public async Task<IActionResult> OnPostEndCodeAsync(int id, CancellationToken cancellationToken)
    {
        var code = await db.Set<DiscountCode>().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (code is null)
        {
            return NotFound();
        }

        code.Deactivate();
        db.AuditLog.Add(new AuditEntry(clock.GetUtcNow(), Actor, "discount.end", $"discount:{code.Code}", "ended"));
        await db.SaveChangesAsync(cancellationToken);
        Flash($"Code {code.Code} no longer works.");
        return Redirect("/admin/discounts");
    }

    public async Task<IActionResult> OnPostEndAutomaticAsync(int id, CancellationToken cancellationToken)
    {
        var promotion = await db.Set<AutomaticPromotion>().FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (promotion is null)
        {
            return NotFound();
        }

        promotion.Deactivate();
        db.AuditLog.Add(new AuditEntry(clock.GetUtcNow(), Actor, "promotion.end", "promotion", promotion.Name.En));
        await db.SaveChangesAsync(cancellationToken);
        promotions.Forget();
        Flash($"Promotion “{promotion.Name.En}” ended.");
        return Redirect("/admin/discounts");
    }

    private async Task<IActionResult> FailAsync(string form, List<string> errors, CancellationToken cancellationToken)
    {
        foreach (var error in errors)
        {
            ModelState.AddModelError(form, error);
        }

        await LoadAsync(cancellationToken);
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Codes = await db.Set<DiscountCode>().AsNoTracking().OrderByDescending(c => c.Active).ThenBy(c => c.Code).ToListAsync(cancellationToken);
        Automatic = await db.Set<AutomaticPromotion>().AsNoTracking().OrderByDescending(p => p.Active).ThenBy(p => p.Id).ToListAsync(cancellationToken);
    }

    private static int Percent(string? value, List<string> errors)
    {
        if (decimal.TryParse(value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var percent) && percent is > 0 and <= 100
            && decimal.Round(percent, 2) == percent)
        {
            return (int)(percent * 100);
        }

        errors.Add("A percentage is more than 0 and at most 100, e.g. 10 or 12.5.");
        return 0;
    }

    private static long? Amount(string? value, Currency? currency, string what, List<string> errors, bool required)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required)
            {
                errors.Add($"Give the {what}.");
            }

            return null;
        }

        var digits = currency?.MinorDigits ?? 2;
        if (decimal.TryParse(value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var major) && major > 0
            && decimal.Round(major, digits) == major)
        {
            return currency is null ? null : Money.FromMajor(major, currency).Minor;
        }

        errors.Add($"The {what} is a positive amount with at most {digits} decimals (whole won for KRW).");
        return null;
    }

    private static DateTimeOffset? Date(string? value, string what, List<string> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (DateTime.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return new DateTimeOffset(date, TimeSpan.Zero);
        }

        errors.Add($"Give the {what} as a date (YYYY-MM-DD), or leave it empty.");
        return null;
    }
}
