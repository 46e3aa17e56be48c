using Microsoft.EntityFrameworkCore;

using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.DependencyInjection;
using Vetrina.Data;
using Vetrina.Markets.Contracts;
using System.ComponentModel;

namespace Vetrina.Markets;

/// <summary>The markets, read through the shared cache: they change a few times a year and are read on every page.</summary>
internal sealed class MarketDirectory(HybridCache cache, IServiceProvider services) : IMarketDirectory
{
    private const string CacheKey = "markets:all";

    public async ValueTask<IReadOnlyList<MarketView>> AllAsync(CancellationToken cancellationToken = default) =>
        (await cache.GetOrCreateAsync(CacheKey, async ct =>
        {
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<VetrinaDbContext>();
            var markets = await db.Set<Domain.Market>().AsNoTracking().OrderBy(m => m.Position).ToListAsync(ct);
            return new MarketList([.. markets.Select(m => new MarketView(m.Code, m.Name, m.Currency, m.Vat, m.DefaultLanguage, m.Countries, m.TimeZone))]);
        }, cancellationToken: cancellationToken)).Items;

    public async ValueTask<MarketView?> FindAsync(string? code, CancellationToken cancellationToken = default) =>
        code is null ? null : (await AllAsync(cancellationToken)).FirstOrDefault(m => string.Equals(m.Code, code, StringComparison.OrdinalIgnoreCase));

    public async ValueTask<MarketView> DefaultForLanguageAsync(string language, CancellationToken cancellationToken = default)
    {
        var all = await AllAsync(cancellationToken);
        return all.FirstOrDefault(m => m.DefaultLanguage == language && !m.Countries.Contains("*"))
            ?? all.FirstOrDefault(m => m.Countries.Contains("*"))
            ?? all[0];
    }

    public ValueTask InvalidateAsync(CancellationToken cancellationToken = default) => cache.RemoveAsync(CacheKey, cancellationToken);
}

/// <summary>
/// The markets as one cached value. Immutable and sealed, so HybridCache hands out the same instance from memory instead
/// of deserialising a copy on every read.
/// </summary>
[ImmutableObject(true)]
internal sealed record MarketList(IReadOnlyList<MarketView> Items);
