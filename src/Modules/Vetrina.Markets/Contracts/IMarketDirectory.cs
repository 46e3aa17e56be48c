namespace Vetrina.Markets.Contracts;

/// <summary>The markets (country groups with their currency, VAT and languages), as every module reads them.</summary>
public interface IMarketDirectory
{
    /// <summary>Every market, in the shop's order.</summary>
    ValueTask<IReadOnlyList<MarketView>> AllAsync(CancellationToken cancellationToken = default);

    /// <summary>The market of that code, if there is one.</summary>
    ValueTask<MarketView?> FindAsync(string? code, CancellationToken cancellationToken = default);

    /// <summary>The market a shopper lands in when they have not chosen one: the one whose language they read.</summary>
    ValueTask<MarketView> DefaultForLanguageAsync(string language, CancellationToken cancellationToken = default);

    /// <summary>Drops the cached markets, after a market changed.</summary>
    ValueTask InvalidateAsync(CancellationToken cancellationToken = default);
}
