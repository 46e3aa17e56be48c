using Vetrina.Kernel;

namespace Vetrina.Promotions.Domain;

/// <summary>A promotion that applies without a code, such as "buy 2 knitwear, get 10% off them".</summary>
internal sealed class AutomaticPromotion
{
    private AutomaticPromotion()
    {
        Name = null!;
    }

    public AutomaticPromotion(LocalizedText name, int minimumQuantity, int percentBasisPoints, DateTimeOffset? startsAt, DateTimeOffset? endsAt,
        string? eligible)
    {
        Name = name;
        MinimumQuantity = minimumQuantity;
        PercentBasisPoints = percentBasisPoints;
        StartsAt = startsAt;
        EndsAt = endsAt;
        Eligible = string.IsNullOrWhiteSpace(eligible) ? null : string.Join(',', Eligibility.Parse(eligible));
        Active = true;
    }

    public int Id { get; private set; }

    public LocalizedText Name { get; private set; }

    /// <summary>Eligible units the bag must hold for the promotion to apply.</summary>
    public int MinimumQuantity { get; private set; }

    public int PercentBasisPoints { get; private set; }

    public DateTimeOffset? StartsAt { get; private set; }

    public DateTimeOffset? EndsAt { get; private set; }

    public string? Eligible { get; private set; }

    public bool Active { get; private set; }

    public bool IsLiveAt(DateTimeOffset at) => Active && (StartsAt is null || StartsAt <= at) && (EndsAt is null || at < EndsAt);

    public void Deactivate() => Active = false;
}
