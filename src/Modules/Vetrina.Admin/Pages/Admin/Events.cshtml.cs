using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Vetrina.Admin.Contracts;
using Vetrina.Data;
using Vetrina.Data.Audit;
using Vetrina.Data.Events;
using Vetrina.Data.Work;
using Vetrina.Kernel.Security;

namespace Vetrina.Admin.Pages.Admin;

/// <summary>A handler's view of the event deliveries: what waits, what is being retried, and the dead letters staff can send again.</summary>
internal sealed record HandlerBacklog(string Handler, int Waiting, int Retrying, int Dead, DateTimeOffset? OldestWaiting);

internal sealed record DeadLetter(long Id, string Handler, string EventName, string Stream, DateTimeOffset OccurredAt, int Attempts, string? LastError,
    DateTimeOffset DeadLetteredAt);

/// <summary>
/// The integration events' deliveries (ADR-014): per handler, how many wait and how many are being retried, and every
/// dead letter with its last error; "Try again" sends one (or all of a handler's) back to the dispatcher.
/// </summary>
[Authorize(Policy = StaffPolicies.Administer)]
internal sealed class EventsModel(VetrinaDbContext db, IAuditLog audit, TimeProvider clock) : AdminPageModel
{
    public const int DeadLettersShown = 100;

    public IReadOnlyList<HandlerBacklog> Handlers { get; private set; } = [];

    public IReadOnlyList<DeadLetter> DeadLetters { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var open = db.Set<EventDelivery>().AsNoTracking().Where(d => d.FinishedAt == null);
        var counts = await open.GroupBy(d => d.Handler).Select(g => new
        {
            Handler = g.Key,
            Waiting = g.Count(d => d.DeadLetteredAt == null && d.Attempts == 0),
            Retrying = g.Count(d => d.DeadLetteredAt == null && d.Attempts > 0),
            Dead = g.Count(d => d.DeadLetteredAt != null),
        }).ToListAsync(cancellationToken);
        var oldest = await open.Where(d => d.DeadLetteredAt == null).GroupBy(d => d.Handler)
            .Select(g => new { Handler = g.Key, Oldest = g.Min(d => d.Event.OccurredAt) }).ToListAsync(cancellationToken);
        Handlers = [.. counts.OrderBy(c => c.Handler, StringComparer.Ordinal).Select(c => new HandlerBacklog(c.Handler, c.Waiting, c.Retrying, c.Dead,
            oldest.FirstOrDefault(o => o.Handler == c.Handler)?.Oldest))];
        DeadLetters = await open.Where(d => d.DeadLetteredAt != null).OrderByDescending(d => d.Id).Take(DeadLettersShown)
            .Select(d => new DeadLetter(d.Id, d.Handler, d.Event.Name, d.Stream, d.Event.OccurredAt, d.Attempts, d.LastError, d.DeadLetteredAt!.Value))
            .ToListAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostRetryAsync(long id, CancellationToken cancellationToken)
    {
        var letter = await db.Set<EventDelivery>().AsNoTracking().Where(d => d.Id == id).Select(d => new { d.Handler, d.Event.Name, d.Stream })
            .FirstOrDefaultAsync(cancellationToken);
        if (letter is null || !await LeasedWorkQueue.RetryDeadAsync<EventDelivery>(db, id, clock.GetUtcNow(), cancellationToken))
        {
            Flash("That delivery is no longer a dead letter (someone sent it again, or it was cleaned up). The list below is current.");
            return RedirectToPage();
        }

        audit.Record("event.retried", $"event-delivery:{id}", $"{letter.Name} on {letter.Stream} to {letter.Handler}, sent again.");
        await db.SaveChangesAsync(cancellationToken);
        Flash($"Sent again: {letter.Name} to {letter.Handler}. It runs within a second; come back to see whether it worked.");
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRetryHandlerAsync(string handler, CancellationToken cancellationToken)
    {
        var sent = await LeasedWorkQueue.RetryDeadAsync(db.Set<EventDelivery>().Where(d => d.Handler == handler), clock.GetUtcNow(), cancellationToken);
        if (sent > 0)
        {
            audit.Record("event.retried", $"event-handler:{handler}", $"{sent} dead letters to {handler} sent again.");
            await db.SaveChangesAsync(cancellationToken);
        }

        Flash(sent == 0 ? $"{handler} has no dead letters now." : $"Sent {sent} dead letters to {handler} again.");
        return RedirectToPage();
    }
}
