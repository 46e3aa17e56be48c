using Microsoft.Extensions.DependencyInjection;

namespace Vetrina.Data.Jobs;

/// <summary>
/// Recurring work a module registers from its own <c>Add&lt;Module&gt;Module</c>; the host's job runner schedules
/// every one (on one node at a time, never two runs of the same job at once). The work keeps its state in the
/// database, so a run that comes late, twice, or on another node after a crash does no harm.
/// </summary>
/// <param name="Name">Stable: the job runner's cluster keeps its schedule under it.</param>
public sealed record RecurringJob(string Name, TimeSpan Interval, Func<IServiceProvider, CancellationToken, Task> Run);

public static class RecurringJobServiceCollectionExtensions
{
    /// <summary>Runs <paramref name="work"/> every <paramref name="interval"/>, each run in a scope of its own.</summary>
    public static IServiceCollection AddRecurringJob(this IServiceCollection services, string name, TimeSpan interval,
        Func<IServiceProvider, CancellationToken, Task> work)
    {
        services.AddSingleton(new RecurringJob(name, interval, work));
        return services;
    }

    /// <summary>Runs <paramref name="work"/> on the module's service <typeparamref name="TService"/> every <paramref name="interval"/>.</summary>
    public static IServiceCollection AddRecurringJob<TService>(this IServiceCollection services, string name, TimeSpan interval,
        Func<TService, CancellationToken, Task> work)
        where TService : notnull =>
        services.AddRecurringJob(name, interval, (provider, cancellationToken) => work(provider.GetRequiredService<TService>(), cancellationToken));
}
