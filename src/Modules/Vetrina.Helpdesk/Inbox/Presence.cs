using Microsoft.EntityFrameworkCore;
using Vetrina.Data;
using Vetrina.Helpdesk.Domain;

namespace Vetrina.Helpdesk.Inbox;

/// <summary>
/// Who else has a ticket open and who is writing an answer to it, so that two agents do not answer the same customer
/// twice. Kept in the database: the agents may be on different app nodes.
/// </summary>
internal sealed class Presence(VetrinaDbContext db, TimeProvider clock)
{
    /// <summary>An agent whose page has not checked in for this long has left the ticket (pages check in every 15 s).</summary>
    public static readonly TimeSpan Fresh = TimeSpan.FromSeconds(45);

    /// <summary>Records the agent on the ticket and says who else is there, in words for the page.</summary>
    public async Task<string?> CheckInAsync(long ticketId, string agent, bool replying, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        for (var attempt = 1; ; attempt++)
        {
            db.ChangeTracker.Clear();
            var mine = await db.Set<AgentPresence>().FirstOrDefaultAsync(p => p.TicketId == ticketId && p.Agent == agent, cancellationToken);
            if (mine is null)
            {
                db.Add(new AgentPresence(ticketId, agent, replying, now));
            }
            else
            {
                mine.See(replying, now);
            }

            try
            {
                await db.SaveChangesAsync(cancellationToken);
                break;
            }
            catch (DbUpdateException) when (attempt < 3)
            {
                // The same agent's two tabs checked in at once: update the row the other made.
            }
        }

        var since = now - Fresh;
        var others = await db.Set<AgentPresence>().AsNoTracking().Where(p => p.TicketId == ticketId && p.Agent != agent && p.SeenAt >= since)
            .OrderByDescending(p => p.Replying).ThenBy(p => p.Agent).ToListAsync(cancellationToken);
        return Describe(others);
    }

    private static string? Describe(IReadOnlyList<AgentPresence> others)
    {
        var replying = others.Where(p => p.Replying).Select(p => p.Agent).ToList();
        var looking = others.Where(p => !p.Replying).Select(p => p.Agent).ToList();
        return replying.Count > 0
            ? $"{string.Join(" and ", replying)} {(replying.Count == 1 ? "is" : "are")} writing an answer to this ticket now: agree who answers before you send yours."
            : looking.Count > 0 ? $"{string.Join(" and ", looking)} {(looking.Count == 1 ? "has" : "have")} this ticket open too." : null;
    }
}
