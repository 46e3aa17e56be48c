using Vetrina.Kernel;

namespace Vetrina.Catalog.Domain;

/// <summary>A selling price that took effect at a moment; kept for the Omnibus lowest-prior-price rule.</summary>
internal sealed class PriceHistoryEntry
{
    private PriceHistoryEntry()
    {
        Market = null!;
        Currency = null!;
    }

    internal PriceHistoryEntry(string market, long amount, Currency currency, DateTimeOffset effectiveFrom)
    {
        Market = market;
        Amount = amount;
        Currency = currency;
        EffectiveFrom = effectiveFrom;
    }

    public long Id { get; private set; }

    public int SkuId { get; private set; }

    public string Market { get; private set; }

    public long Amount { get; private set; }

    public Currency Currency { get; private set; }

    public DateTimeOffset EffectiveFrom { get; private set; }

    public Money Price => new(Amount, Currency);
}
