using Microsoft.EntityFrameworkCore;
using Vetrina.Kernel;

namespace Vetrina.Data.Work;

/// <summary>
/// The one claim, lease and retry procedure of every work table (<see cref="LeasedWork"/>): the transactional email
/// outbox, outgoing webhooks, campaign sending and integration events. Each step is a conditional update, so it holds
/// across nodes without locks of our own.
/// </summary>
public static class LeasedWorkQueue
{
    /// <summary>Rows that nobody has claimed (or whose claim lapsed), not done and not dead, whose time has come.</summary>
    public static IQueryable<T> Claimable<T>(this IQueryable<T> rows, DateTimeOffset now)
        where T : LeasedWork =>
        rows.Where(w => w.FinishedAt == null && w.DeadLetteredAt == null && w.DueAt != null && w.DueAt <= now
            && (w.ClaimedUntil == null || w.ClaimedUntil < now));

    /// <summary>
    /// Claims up to <paramref name="count"/> of the claimable rows among <paramref name="candidates"/> (oldest first)
    /// for <paramref name="leaseFor"/>. Returns the claim's token: the rows claimed are those that carry it.
    /// </summary>
    public static async Task<(Guid Token, int Claimed)> ClaimAsync<T>(DbContext db, IQueryable<T> candidates, int count, TimeSpan leaseFor,
        DateTimeOffset now, CancellationToken cancellationToken)
        where T : LeasedWork
    {
        var ids = await candidates.Claimable(now).OrderBy(w => w.DueAt).ThenBy(w => w.Id).Select(w => w.Id).Take(count).ToListAsync(cancellationToken);
        if (ids.Count == 0)
        {
            return (Guid.Empty, 0);
        }

        var token = Guid.NewGuid();
        var until = now + leaseFor;
        var claimed = await db.Set<T>().Where(w => ids.Contains(w.Id)).Claimable(now)
            .ExecuteUpdateAsync(set => set.SetProperty(w => w.ClaimedUntil, until).SetProperty(w => w.ClaimToken, token), cancellationToken);
        return (token, claimed);
    }

    /// <summary>Claims and reads the rows in one go; <see cref="ClaimAsync{T}"/> when the caller reads them with more.</summary>
    public static async Task<(Guid Token, List<T> Rows)> ClaimRowsAsync<T>(DbContext db, IQueryable<T> candidates, int count, TimeSpan leaseFor,
        DateTimeOffset now, CancellationToken cancellationToken)
        where T : LeasedWork
    {
        var (token, claimed) = await ClaimAsync(db, candidates, count, leaseFor, now, cancellationToken);
        return claimed == 0
            ? (token, [])
            : (token, await db.Set<T>().AsNoTracking().Where(w => w.ClaimToken == token && w.FinishedAt == null).OrderBy(w => w.Id).ToListAsync(cancellationToken));
    }

    /// <summary>Marks a claimed row done; false when the claim was lost meanwhile (it lapsed and another node took the row).</summary>
    public static async Task<bool> FinishAsync<T>(DbContext db, long id, Guid token, DateTimeOffset now, CancellationToken cancellationToken)
        where T : LeasedWork =>
        await db.Set<T>().Where(w => w.Id == id && w.ClaimToken == token && w.FinishedAt == null)
            .ExecuteUpdateAsync(set => set
                .SetProperty(w => w.FinishedAt, now)
                .SetProperty(w => w.Attempts, w => w.Attempts + 1)
                .SetProperty(w => w.ClaimedUntil, (DateTimeOffset?)null)
                .SetProperty(w => w.LastError, (string?)null), cancellationToken) == 1;

    /// <summary>
    /// Records a failed try of a claimed row: it waits with backoff (<see cref="RetryBackoff"/>) for the next one, or is
    /// dead-lettered when this was try number <paramref name="maxAttempts"/>. Returns true when it was dead-lettered.
    /// </summary>
    public static async Task<bool> FailAsync<T>(DbContext db, T row, Guid token, string error, DateTimeOffset now, int maxAttempts,
        CancellationToken cancellationToken)
        where T : LeasedWork
    {
        var attempts = row.Attempts + 1;
        var dead = attempts >= maxAttempts;
        var next = now + RetryBackoff.After(attempts);
        var trimmed = error.Length > 1000 ? error[..1000] : error;
        await db.Set<T>().Where(w => w.Id == row.Id && w.ClaimToken == token && w.FinishedAt == null)
            .ExecuteUpdateAsync(set => set
                .SetProperty(w => w.Attempts, attempts)
                .SetProperty(w => w.DueAt, next)
                .SetProperty(w => w.DeadLetteredAt, dead ? now : null)
                .SetProperty(w => w.ClaimedUntil, (DateTimeOffset?)null)
                .SetProperty(w => w.LastError, trimmed), cancellationToken);
        return dead;
    }

    /// <summary>
    /// Gives a claimed row back without counting a try because the outside party could not be reached at all: due again
    /// after <see cref="RetryBackoff.Unreachable"/>, with why.
    /// </summary>
    public static Task PostponeAsync<T>(DbContext db, long id, Guid token, string error, DateTimeOffset now, CancellationToken cancellationToken)
        where T : LeasedWork =>
        db.Set<T>().Where(w => w.Id == id && w.ClaimToken == token && w.FinishedAt == null)
            .ExecuteUpdateAsync(set => set
                .SetProperty(w => w.DueAt, now + RetryBackoff.Unreachable)
                .SetProperty(w => w.ClaimedUntil, (DateTimeOffset?)null)
                .SetProperty(w => w.LastError, error.Length > 1000 ? error[..1000] : error), cancellationToken);

    /// <summary>Gives a row back unclaimed without counting a try (it is not due yet after all), due again at <paramref name="dueAt"/>.</summary>
    public static Task ReleaseAsync<T>(DbContext db, long id, Guid token, DateTimeOffset? dueAt, CancellationToken cancellationToken)
        where T : LeasedWork =>
        db.Set<T>().Where(w => w.Id == id && w.ClaimToken == token && w.FinishedAt == null)
            .ExecuteUpdateAsync(set => set.SetProperty(w => w.DueAt, dueAt).SetProperty(w => w.ClaimedUntil, (DateTimeOffset?)null), cancellationToken);

    /// <summary>Staff give a dead letter another go: due now, tries counted afresh.</summary>
    public static async Task<bool> RetryDeadAsync<T>(DbContext db, long id, DateTimeOffset now, CancellationToken cancellationToken)
        where T : LeasedWork =>
        await RetryDeadAsync(db.Set<T>().Where(w => w.Id == id), now, cancellationToken) == 1;

    /// <summary>Every dead letter among <paramref name="rows"/> another go, in one statement; returns how many.</summary>
    public static Task<int> RetryDeadAsync<T>(IQueryable<T> rows, DateTimeOffset now, CancellationToken cancellationToken)
        where T : LeasedWork =>
        rows.Where(w => w.DeadLetteredAt != null && w.FinishedAt == null)
            .ExecuteUpdateAsync(set => set
                .SetProperty(w => w.DeadLetteredAt, (DateTimeOffset?)null)
                .SetProperty(w => w.Attempts, 0)
                .SetProperty(w => w.DueAt, now)
                .SetProperty(w => w.ClaimedUntil, (DateTimeOffset?)null), cancellationToken);
}
