using Microsoft.EntityFrameworkCore;
using Vetrina.Analytics.Domain;
using Vetrina.Kernel;

namespace Vetrina.Analytics.Contracts;

/// <summary>The stored exchange rates, to turn a day's amounts into the reporting currency (<see cref="IExchangeRates"/> loads them).</summary>
public sealed class CurrencyRates
{
    private readonly Currency reporting;
    private readonly ILookup<string, ExchangeRate> rates;

    private CurrencyRates(Currency reporting, IEnumerable<ExchangeRate> rates)
    {
        this.reporting = reporting;
        this.rates = rates.OrderByDescending(r => r.ValidFrom).ToLookup(r => r.Currency, StringComparer.OrdinalIgnoreCase);
    }

    internal static async Task<CurrencyRates> LoadAsync(DbContext db, Currency reporting, CancellationToken cancellationToken) =>
        new(reporting, await db.Set<ExchangeRate>().AsNoTracking().ToListAsync(cancellationToken));

    internal static CurrencyRates Of(Currency reporting, IEnumerable<ExchangeRate> rates) => new(reporting, rates);

    /// <summary>
    /// An amount in the reporting currency's minor units, at the rate valid on the day (the earliest rate stored, for a day
    /// before any); null when no rate for the currency exists at all.
    /// </summary>
    public long? ToReporting(long minor, string currencyCode, DateOnly day)
    {
        if (string.Equals(currencyCode, reporting.Code, StringComparison.OrdinalIgnoreCase))
        {
            return minor;
        }

        var known = rates[currencyCode];
        var rate = known.FirstOrDefault(r => r.ValidFrom <= day) ?? known.LastOrDefault();
        if (rate is null || !Currency.TryFromCode(currencyCode, out var currency))
        {
            return null;
        }

        var major = (decimal)minor / currency.MinorPerMajor / rate.PerReportingUnit;
        return (long)Math.Round(major * reporting.MinorPerMajor, MidpointRounding.AwayFromZero);
    }
}
