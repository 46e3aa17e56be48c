using Vetrina.Kernel;
using Vetrina.Promotions.Contracts;
using Vetrina.Promotions.Domain;

namespace Vetrina.Promotions.Pricing;

/// <summary>
/// Applies promotions to a bag, after the catalogue's markdowns: the best automatic promotion, then at most one code.
/// A code that does not combine with automatic promotions replaces one only when it saves more. The discount never
/// exceeds the bag.
/// </summary>
internal static class PromotionEngine
{
    public static DiscountResult Apply(IReadOnlyList<PricedLine> lines, Currency currency, DateTimeOffset now, IReadOnlyList<AutomaticPromotion> automatic,
        string? typedCode, DiscountCode? code)
    {
        var subtotal = lines.Sum(l => l.LineTotalMinor);
        var best = automatic.Where(p => p.IsLiveAt(now))
            .Select(p => (Promotion: p, Eligible: lines.Where(l => Eligibility.Matches(Eligibility.Parse(p.Eligible), l.Tokens)).ToList()))
            .Where(x => x.Eligible.Sum(l => l.Quantity) >= x.Promotion.MinimumQuantity)
            .Select(x => new AppliedDiscount(x.Promotion.Name, Percent(x.Eligible.Sum(l => l.LineTotalMinor), x.Promotion.PercentBasisPoints), false, null,
                x.Promotion.Id))
            .Where(a => a.AmountMinor > 0)
            .MaxBy(a => a.AmountMinor);
        List<AppliedDiscount> automaticOnly = best is null ? [] : [best];
        if (string.IsNullOrWhiteSpace(typedCode))
        {
            return new DiscountResult(automaticOnly, CodeProblem.None);
        }

        var problem = Check(code, currency, now, subtotal);
        if (problem != CodeProblem.None)
        {
            return new DiscountResult(automaticOnly, problem, problem == CodeProblem.MinimumSpend ? code!.MinimumSubtotalMinor : null);
        }

        var eligible = lines.Where(l => Eligibility.Matches(Eligibility.Parse(code!.Eligible), l.Tokens)).Sum(l => l.LineTotalMinor);
        if (eligible == 0)
        {
            return new DiscountResult(automaticOnly, CodeProblem.NoEligibleItems);
        }

        var amount = code!.Kind switch
        {
            DiscountKind.Percent => Percent(eligible, code.PercentBasisPoints),
            DiscountKind.Fixed => Math.Min(code.AmountMinor, eligible),
            _ => 0,
        };
        var label = new LocalizedText(code.Code, code.Code, code.Code);
        if (best is not null && !code.CombinesWithAutomatic)
        {
            return code.Kind != DiscountKind.FreeShipping && amount > best.AmountMinor
                ? new DiscountResult([new AppliedDiscount(label, amount, false, code.Id, null)], CodeProblem.None)
                : new DiscountResult(automaticOnly, CodeProblem.NotCombinable);
        }

        var room = subtotal - (best?.AmountMinor ?? 0);
        var applied = new AppliedDiscount(label, Math.Min(amount, room), code.Kind == DiscountKind.FreeShipping, code.Id, null);
        return new DiscountResult([.. automaticOnly, applied], CodeProblem.None);
    }

    private static CodeProblem Check(DiscountCode? code, Currency currency, DateTimeOffset now, long subtotal) => code switch
    {
        null or { Active: false } => CodeProblem.Unknown,
        _ when code.StartsAt > now => CodeProblem.NotYetValid,
        _ when code.EndsAt <= now => CodeProblem.Expired,
        _ when code.UsageLimit is { } limit && code.TimesUsed >= limit => CodeProblem.UsedUp,
        _ when code.Currency is { } only && only != currency => CodeProblem.WrongCurrency,
        _ when code.MinimumSubtotalMinor is { } minimum && subtotal < minimum => CodeProblem.MinimumSpend,
        _ => CodeProblem.None,
    };

    private static long Percent(long amountMinor, int basisPoints) =>
        decimal.ToInt64(decimal.Round(amountMinor * (decimal)basisPoints / 10_000m, 0, MidpointRounding.AwayFromZero));
}
