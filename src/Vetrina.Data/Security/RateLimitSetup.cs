using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using Vetrina.Kernel.Security;

namespace Vetrina.Data.Security;

/// <summary>
/// Runs the window limits in front of every endpoint (before the endpoint's own limiter, such as checkout's queue) and
/// answers every refusal: 429 with Retry-After when a client sent too much, 503 with Retry-After when a node is too busy;
/// problem details outside pages, the shop's error page in the shopper's language on pages.
/// </summary>
internal sealed class RateLimitSetup(IAttemptCounter counter, TimeProvider clock, IOptionsMonitor<WindowLimitRule> rules, IConfiguration configuration)
    : IConfigureOptions<RateLimiterOptions>
{
    public void Configure(RateLimiterOptions options)
    {
        if (configuration.GetValue("Vetrina:RateLimits:Enabled", true))
        {
            options.GlobalLimiter = PartitionedRateLimiter.CreateChained(
                PartitionedRateLimiter.Create<HttpContext, string>(ByEndpoint),
                PartitionedRateLimiter.Create<HttpContext, string>(ByApiCaller));
        }

        options.OnRejected = AnswerAsync;
    }

    private RateLimitPartition<string> ByEndpoint(HttpContext http) =>
        http.GetEndpoint()?.Metadata.GetMetadata<WindowLimitAttribute>() is { } limit
            ? Window(http, limit.Name, ClientAddress.Of(http))
            : RateLimitPartition.GetNoLimiter(string.Empty);

    /// <summary>
    /// A token is counted by a hash of what was presented, valid or not: the limiter runs before anyone checks it,
    /// and a forged token spends its own allowance, never its owner's.
    /// </summary>
    private RateLimitPartition<string> ByApiCaller(HttpContext http)
    {
        if (!http.Request.Path.StartsWithSegments("/api"))
        {
            return RateLimitPartition.GetNoLimiter(string.Empty);
        }

        string? authorization = http.Request.Headers.Authorization;
        return Window(http, WindowLimits.Api, string.IsNullOrEmpty(authorization)
            ? ClientAddress.Of(http)
            : "token:" + IssuedSecrets.HashOf(authorization)[..32]);
    }

    private RateLimitPartition<string> Window(HttpContext http, string name, string caller)
    {
        var rule = rules.Get(name);
        if (rule.Window <= TimeSpan.Zero)
        {
            // A name no module registered (a typo in an attribute) would otherwise leave its endpoint unlimited unnoticed.
            throw new InvalidOperationException($"No window limit named '{name}' was registered (AddWindowLimit), or its Window is not positive.");
        }

        var method = http.Request.Method;
        if (rule.PermitLimit <= 0 || (!rule.CountsReads && (HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method))))
        {
            return RateLimitPartition.GetNoLimiter(string.Empty);
        }

        return RateLimitPartition.Get($"{name}:{caller}", key => new SharedWindowLimiter(counter, clock, key, rule));
    }

    private static async ValueTask AnswerAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var http = context.HttpContext;
        var tooMany = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait);
        var seconds = tooMany ? Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)) : 2;
        http.Response.StatusCode = tooMany ? StatusCodes.Status429TooManyRequests : StatusCodes.Status503ServiceUnavailable;
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        if (http.GetEndpoint()?.Metadata.GetMetadata<PageActionDescriptor>() is not null)
        {
            // The shop's error page says it in the shopper's language, with the wait.
            return;
        }

        var answer = tooMany
            ? Results.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Too many requests",
                detail: $"This client sent more than its limit allows; nothing was done. Try again in {seconds} s.")
            : Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Busy",
                detail: "Too many requests are waiting on this node; nothing was done. Try again in a couple of seconds (an order: with the same Idempotency-Key).");
        await answer.ExecuteAsync(http);
    }
}
