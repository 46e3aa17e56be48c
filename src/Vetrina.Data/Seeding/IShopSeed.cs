using Microsoft.Extensions.DependencyInjection;

namespace Vetrina.Data.Seeding;

/// <summary>
/// A module's part of what an empty shop is given, written to the module's own tables: its foundation (what every shop
/// starts with, demo or not, until staff set it up in the back office) and its part of the demo brand. A seed that
/// needs another module's data asks that module's contracts, so seeds run in <see cref="Order"/>, foundations first.
/// </summary>
public interface IShopSeed
{
    /// <summary>Lower runs first: markets before the catalogue, the catalogue before stock, codes before the influencers who hold them.</summary>
    int Order { get; }

    /// <summary>Runs once, on a database without markets.</summary>
    Task FoundationAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Runs once, when the demo brand is asked for and the catalogue has no style yet. Deterministic: the same data every time.</summary>
    Task DemoAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

public static class ShopSeedServiceCollectionExtensions
{
    /// <summary>Registers a module's seed (scoped: it writes through the request's unit of work).</summary>
    public static IServiceCollection AddShopSeed<TSeed>(this IServiceCollection services)
        where TSeed : class, IShopSeed => services.AddScoped<IShopSeed, TSeed>();
}
