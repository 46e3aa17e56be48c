using Vetrina.Kernel;

namespace Vetrina.Promotions.Domain;

internal enum DiscountKind
{
    Percent,
    Fixed,
    FreeShipping,
}

/// <summary>
/// A code a shopper types at checkout. Percent and free-shipping codes work in every market unless a currency is set;
/// a fixed amount, and a minimum spend, are in one currency and work only in its markets.
/// </summary>
internal sealed class DiscountCode
{
    private DiscountCode()
    {
        Code = null!;
    }

    public DiscountCode(string code, DiscountKind kind, int percentBasisPoints, Currency? currency, long amountMinor, long? minimumSubtotalMinor,
        DateTimeOffset? startsAt, DateTimeOffset? endsAt, int? usageLimit, int? usagePerCustomer, string? eligible, bool combinesWithAutomatic)
    {
        Code = code.Trim().ToUpperInvariant();
        Kind = kind;
        PercentBasisPoints = percentBasisPoints;
        Currency = currency;
        AmountMinor = amountMinor;
        MinimumSubtotalMinor = minimumSubtotalMinor;
        StartsAt = startsAt;
        EndsAt = endsAt;
        UsageLimit = usageLimit;
        UsagePerCustomer = usagePerCustomer;
        Eligible = string.IsNullOrWhiteSpace(eligible) ? null : string.Join(',', Eligibility.Parse(eligible));
        CombinesWithAutomatic = combinesWithAutomatic;
        Active = true;
    }

    public int Id { get; private set; }

    public string Code { get; private set; }

    public DiscountKind Kind { get; private set; }

    /// <summary>2000 = 20% off, for <see cref="DiscountKind.Percent"/>.</summary>
    public int PercentBasisPoints { get; private set; }

    public Currency? Currency { get; private set; }

    public long AmountMinor { get; private set; }

    public long? MinimumSubtotalMinor { get; private set; }

    public DateTimeOffset? StartsAt { get; private set; }

    public DateTimeOffset? EndsAt { get; private set; }

    /// <summary>How many orders may use the code in all; null for no limit.</summary>
    public int? UsageLimit { get; private set; }

    /// <summary>How many orders one email address may use it for; null for no limit.</summary>
    public int? UsagePerCustomer { get; private set; }

    public int TimesUsed { get; private set; }

    /// <summary>Eligibility tokens, comma-separated (see <see cref="Eligibility"/>); null for every item.</summary>
    public string? Eligible { get; private set; }

    /// <summary>Whether it applies on top of an automatic promotion; when not, the shopper gets the better of the two.</summary>
    public bool CombinesWithAutomatic { get; private set; }

    public bool Active { get; private set; }

    public void Deactivate() => Active = false;
}
