using System.Net.Sockets;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Vetrina.Web.Platform;

/// <summary>
/// A request that fails because the database is away or refusing work (restarting, out of connections, SQLite
/// busy) gets 503 with Retry-After, quickly: problem details on the API, a page in the shopper's language elsewhere
/// (made without the database, which the shop's own error page needs). Anything else is left to the 500 handlers.
/// </summary>
internal sealed class DatabaseFaults(IProblemDetailsService problems, ILogger<DatabaseFaults> logger) : IExceptionHandler
{
    public const int RetryAfterSeconds = 5;

    public static bool IsUnavailable(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is NpgsqlException { IsTransient: true } or SocketException or TimeoutException or SqliteException { SqliteErrorCode: 5 or 6 })
            {
                return true;
            }
        }

        return false;
    }

    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken cancellationToken)
    {
        if (!IsUnavailable(exception))
        {
            return false;
        }

        var path = http.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? http.Request.Path.Value ?? "/";
        logger.LogWarning("{Method} {Path} answered 503: the database is unavailable ({Error})", http.Request.Method, path, exception.GetBaseException().Message);
        http.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        http.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        http.Response.Headers.CacheControl = "no-store";
        if (path.StartsWith("/api/", StringComparison.Ordinal))
        {
            return await problems.TryWriteAsync(new ProblemDetailsContext
            {
                HttpContext = http,
                ProblemDetails =
                {
                    Status = StatusCodes.Status503ServiceUnavailable,
                    Title = "Service unavailable",
                    Detail = $"The shop's database is not answering. Try again in {RetryAfterSeconds} seconds; an order retried with the same Idempotency-Key is placed at most once.",
                },
            });
        }

        await UnavailablePage.WriteAsync(http, path);
        return true;
    }
}
