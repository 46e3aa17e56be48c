using Microsoft.EntityFrameworkCore;
using Vetrina.Data.Work;

namespace Vetrina.Data.Events;

/// <summary>A handler's view of the event deliveries: what waits, what is being retried, what is dead, and since when.</summary>
public sealed record HandlerBacklog(string Handler, int Waiting, int Retrying, int Dead, DateTimeOffset? OldestWaiting);

public sealed record DeadLetter(long Id, string Handler, string EventName, string Stream, DateTimeOffset OccurredAt, int Attempts, string? LastError,
    DateTimeOffset DeadLetteredAt);

/// <summary>
/// The integration events' deliveries as staff see them (the back office's event page): the backlog per handler, the
/// dead letters, and sending them again. Retries take effect at once; the caller saves its audit entry after.
/// </summary>
public sealed class EventDeliveryLog(VetrinaDbContext db, TimeProvider clock)
{
    private IQueryable<EventDelivery> Open => db.Set<EventDelivery>().AsNoTracking().Where(d => d.FinishedAt == null);

    public async Task<IReadOnlyList<HandlerBacklog>> BacklogAsync(CancellationToken cancellationToken)
    {
        var counts = await Open.GroupBy(d => d.Handler).Select(g => new
        {
            Handler = g.Key,
            Waiting = g.Count(d => d.DeadLetteredAt == null && d.Attempts == 0),
            Retrying = g.Count(d => d.DeadLetteredAt == null && d.Attempts > 0),
            Dead = g.Count(d => d.DeadLetteredAt != null),
        }).ToListAsync(cancellationToken);
        var oldest = await Open.Where(d => d.DeadLetteredAt == null).GroupBy(d => d.Handler)
            .Select(g => new { Handler = g.Key, Oldest = g.Min(d => d.Event.OccurredAt) }).ToListAsync(cancellationToken);
        return [.. counts.OrderBy(c => c.Handler, StringComparer.Ordinal).Select(c => new HandlerBacklog(c.Handler, c.Waiting, c.Retrying, c.Dead,
            oldest.FirstOrDefault(o => o.Handler == c.Handler)?.Oldest))];
    }

    /// <summary>The latest dead letters, newest first.</summary>
    public async Task<IReadOnlyList<DeadLetter>> DeadLettersAsync(int take, CancellationToken cancellationToken) =>
        await Open.Where(d => d.DeadLetteredAt != null).OrderByDescending(d => d.Id).Take(take)
            .Select(d => new DeadLetter(d.Id, d.Handler, d.Event.Name, d.Stream, d.Event.OccurredAt, d.Attempts, d.LastError, d.DeadLetteredAt!.Value))
            .ToListAsync(cancellationToken);

    /// <summary>Sends one dead letter to its handler again; null when it is not a dead letter (any more).</summary>
    public async Task<DeadLetter?> RetryAsync(long id, CancellationToken cancellationToken)
    {
        var letter = await db.Set<EventDelivery>().AsNoTracking().Where(d => d.Id == id && d.DeadLetteredAt != null)
            .Select(d => new DeadLetter(d.Id, d.Handler, d.Event.Name, d.Stream, d.Event.OccurredAt, d.Attempts, d.LastError, d.DeadLetteredAt!.Value))
            .FirstOrDefaultAsync(cancellationToken);
        return letter is not null && await LeasedWorkQueue.RetryDeadAsync<EventDelivery>(db, id, clock.GetUtcNow(), cancellationToken) ? letter : null;
    }

    /// <summary>Sends every dead letter of a handler again; returns how many.</summary>
    public Task<int> RetryHandlerAsync(string handler, CancellationToken cancellationToken) =>
        LeasedWorkQueue.RetryDeadAsync(db.Set<EventDelivery>().Where(d => d.Handler == handler), clock.GetUtcNow(), cancellationToken);
}
