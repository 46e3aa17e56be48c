namespace Vetrina.Analytics.Domain;

/// <summary>
/// How many units of a currency one unit of the reporting currency bought from a day on (1 EUR = 1,450 KRW). Revenue of
/// each day converts at the rate valid on that day; a new rate never changes a past day.
/// </summary>
internal sealed class ExchangeRate(string currency, DateOnly validFrom, decimal perReportingUnit)
{
    public long Id { get; private set; }

    public string Currency { get; private set; } = currency;

    public DateOnly ValidFrom { get; private set; } = validFrom;

    public decimal PerReportingUnit { get; private set; } = perReportingUnit;
}
