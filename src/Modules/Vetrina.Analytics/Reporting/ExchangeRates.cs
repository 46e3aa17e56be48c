using Vetrina.Analytics.Contracts;
using Vetrina.Data;
using Vetrina.Kernel;

namespace Vetrina.Analytics.Reporting;

internal sealed class ExchangeRates(VetrinaDbContext db) : IExchangeRates
{
    public Task<CurrencyRates> LoadAsync(Currency reporting, CancellationToken cancellationToken) => CurrencyRates.LoadAsync(db, reporting, cancellationToken);
}
