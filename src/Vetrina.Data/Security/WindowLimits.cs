using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Vetrina.Data.Security;

/// <summary>
/// Rate limits by client: a module names a limit and its default (so many requests per window), puts pages or endpoints
/// under it with <see cref="WindowLimitAttribute"/>, and an operator may change it under <c>Vetrina:RateLimits:{name}</c>
/// or switch every limit off with <c>Vetrina:RateLimits:Enabled</c> (a load test from one address).
/// </summary>
public static class WindowLimits
{
    /// <summary>Every call under /api, per token (per client address without one), reads included.</summary>
    public const string Api = "Api";

    public static IServiceCollection AddWindowLimit(this IServiceCollection services, string name, int permits, TimeSpan window, bool countsReads = false)
    {
        services.AddOptions<WindowLimitRule>(name)
            .Configure(rule =>
            {
                rule.PermitLimit = permits;
                rule.Window = window;
                rule.CountsReads = countsReads;
            })
            .BindConfiguration($"Vetrina:RateLimits:{name}");
        return services.AddRateLimitAnswers();
    }

    /// <summary>The one place refusals are answered, window limits' and modules' own limiters' alike.</summary>
    public static IServiceCollection AddRateLimitAnswers(this IServiceCollection services)
    {
        services.AddRateLimiter(_ => { });
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IConfigureOptions<RateLimiterOptions>, RateLimitSetup>());
        return services;
    }
}
