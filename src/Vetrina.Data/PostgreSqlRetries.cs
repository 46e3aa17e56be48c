using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using Npgsql.EntityFrameworkCore.PostgreSQL;

namespace Vetrina.Data;

/// <summary>
/// Retries what PostgreSQL asks to have retried (a serialization failure, a deadlock) with EF Core's growing pauses, but
/// a lost connection only once and at once: a pooled connection that a restart cut is replaced straight away, while a
/// database that is down fails the request within milliseconds (it is answered 503) instead of after seconds of waits.
/// </summary>
internal sealed class PostgreSqlRetries(ExecutionStrategyDependencies dependencies)
    : NpgsqlRetryingExecutionStrategy(dependencies, maxRetryCount: 3)
{
    protected override TimeSpan? GetNextDelay(Exception lastException) =>
        !IsConnectionLost(lastException) ? base.GetNextDelay(lastException)
        : ExceptionsEncountered.Count(IsConnectionLost) > 1 ? null
        : TimeSpan.Zero;

    /// <summary>Not a server's answer about the work (08: connection exceptions, 57P: the server shutting down or starting).</summary>
    private static bool IsConnectionLost(Exception exception) =>
        exception is NpgsqlException and not PostgresException || exception is PostgresException { SqlState: ['0', '8', ..] or ['5', '7', 'P', ..] };
}
