using Vetrina.Kernel;

namespace Vetrina.Analytics.Contracts;

/// <summary>The exchange rates the shop reports with (kept under Analytics → Rates), for modules that add up amounts in several currencies.</summary>
public interface IExchangeRates
{
    Task<CurrencyRates> LoadAsync(Currency reporting, CancellationToken cancellationToken);
}
