using Vetrina.Kernel;

namespace Vetrina.Promotions.Contracts;

/// <summary>A bag line as promotions see it: its total at the selling price (markdowns already in) and what it belongs to.</summary>
public sealed record PricedLine(long LineTotalMinor, int Quantity, IReadOnlySet<string> Tokens);

/// <summary>Why a code the shopper typed takes nothing off.</summary>
public enum CodeProblem
{
    None,
    Unknown,
    Expired,
    NotYetValid,
    UsedUp,
    WrongCurrency,
    MinimumSpend,
    NoEligibleItems,
    NotCombinable,
    PerCustomerLimit,
}

/// <summary>One promotion or code taken off a bag; <paramref name="CodeId"/> is set for a code, whose use placement records.</summary>
public sealed record AppliedDiscount(LocalizedText Label, long AmountMinor, bool FreeShipping, int? CodeId, int? PromotionId);

/// <summary>What promotions take off a bag, and why a code the shopper typed does not apply, if it does not.</summary>
public sealed record DiscountResult(IReadOnlyList<AppliedDiscount> Applied, CodeProblem CodeProblem, long? MinimumMinor = null)
{
    public static readonly DiscountResult None = new([], CodeProblem.None);

    public long TotalMinor => Applied.Sum(a => a.AmountMinor);

    public bool FreeShipping => Applied.Any(a => a.FreeShipping);

    public AppliedDiscount? Code => Applied.FirstOrDefault(a => a.CodeId is not null);
}
