using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Vetrina.Data;
using Vetrina.Data.Events;
using Vetrina.Helpdesk.Contracts.Events;
using Vetrina.Helpdesk.Domain;
using Vetrina.Helpdesk.Notifications;
using Vetrina.Helpdesk.Sla;
using Vetrina.Kernel;
using Vetrina.Messaging.Contracts;

namespace Vetrina.Helpdesk.Inbox;

/// <summary>
/// What agents do with tickets. Every change names the version of the ticket the agent was looking at: if a message or
/// another agent's change came in meanwhile, nothing is sent and the agent is told to read it first.
/// </summary>
internal sealed class TicketInbox(VetrinaDbContext db, IMailOutbox outbox, IOptions<HelpdeskOptions> options, IOptions<SiteOptions> site, ServiceLevels serviceLevels,
    TimeProvider clock)
{
    public const int PageSize = 50;

    /// <summary>Words of a search beyond these are ignored: each one more narrows little and costs a lookup.</summary>
    public const int MaxSearchTerms = 8;

    /// <summary>How far a word's tickets are counted to choose the rarest word to lead a search.</summary>
    private const int SearchProbe = 5_000;

    public sealed record Result(bool Done, string? Problem)
    {
        public static readonly Result Ok = new(true, null);
    }

    /// <summary>Views count up to here and show "999+" beyond: counting every solved ticket of years costs more than it tells.</summary>
    public const int CountCap = 999;

    /// <summary>Each view's tickets, counted up to <see cref="CountCap"/> + 1.</summary>
    public async Task<IReadOnlyDictionary<InboxView, int>> CountsAsync(string agent, CancellationToken cancellationToken)
    {
        var counts = new Dictionary<InboxView, int>();
        foreach (var view in Enum.GetValues<InboxView>())
        {
            counts[view] = await In(view, agent).Take(CountCap + 1).CountAsync(cancellationToken);
        }

        return counts;
    }

    /// <summary>A view's tickets, the longest waiting first (solved ones: the latest first).</summary>
    public async Task<IReadOnlyList<Ticket>> ListAsync(InboxView view, string agent, string? tag, CancellationToken cancellationToken)
    {
        var tickets = In(view, agent);
        if (!string.IsNullOrEmpty(tag))
        {
            var marked = $",{tag},";
            tickets = tickets.Where(t => t.Tags.Contains(marked));
        }

        return await (view switch
        {
            InboxView.Solved => tickets.OrderByDescending(t => t.UpdatedAt),
            InboxView.Breaching => tickets.OrderBy(t => t.DueAt),
            _ => tickets.OrderBy(t => t.UpdatedAt),
        }).Take(PageSize).ToListAsync(cancellationToken);
    }

    /// <summary>
    /// Tickets by number ("T-1042"), by the customer's email (the latest changed first), or by words of any message
    /// (every word must appear; notes count) or the order number: the newest tickets first.
    /// </summary>
    public async Task<IReadOnlyList<Ticket>> SearchAsync(string query, CancellationToken cancellationToken)
    {
        var typed = query.Trim();
        var tickets = db.Set<Ticket>().AsNoTracking();
        if (Ticket.TryRead(typed, out var id))
        {
            return await tickets.Where(t => t.Id == id).ToListAsync(cancellationToken);
        }

        if (typed.Contains('@', StringComparison.Ordinal))
        {
            var lower = typed.ToLowerInvariant();
            return await tickets.Where(t => t.Email == typed || t.Email == lower).OrderByDescending(t => t.UpdatedAt).Take(PageSize).ToListAsync(cancellationToken);
        }

        var terms = Search.SearchTerms.Of(typed).Take(MaxSearchTerms).ToList();
        if (terms.Count == 0)
        {
            return [];
        }

        // The rarest word leads (counted only up to a bound: a common word's exact count costs more than it tells); each
        // of its tickets, newest first along the index, is kept if it has the other words too.
        var sized = new List<(string Term, int Count)>();
        foreach (var term in terms)
        {
            sized.Add((term, await db.Set<TicketTerm>().Where(w => w.Term == term).Take(SearchProbe).CountAsync(cancellationToken)));
        }

        var ordered = sized.OrderBy(s => s.Count).Select(s => s.Term).ToList();
        var lead = ordered[0];
        var ids = db.Set<TicketTerm>().Where(w => w.Term == lead).Select(w => w.TicketId);
        foreach (var other in ordered.Skip(1))
        {
            ids = ids.Where(id => db.Set<TicketTerm>().Any(w => w.Term == other && w.TicketId == id));
        }

        var newest = sized.Min(s => s.Count) == 0 ? [] : await ids.OrderByDescending(id => id).Take(PageSize).ToListAsync(cancellationToken);
        var order = typed.ToUpperInvariant();
        var found = await tickets.Where(t => newest.Contains(t.Id) || t.OrderNumber == order).OrderByDescending(t => t.Id).Take(PageSize).ToListAsync(cancellationToken);
        return found;
    }

    public async Task<Ticket?> FindAsync(string number, CancellationToken cancellationToken) =>
        Ticket.TryRead(number, out var id)
            ? await db.Set<Ticket>().AsNoTracking().Include(t => t.Messages.OrderBy(m => m.Id)).FirstOrDefaultAsync(t => t.Id == id, cancellationToken)
            : null;

    public sealed record FileView(long Id, long MessageId, string FileName, string ContentType, long Length);

    /// <summary>The files of the ticket's messages, without their content.</summary>
    public async Task<ILookup<long, FileView>> FilesAsync(Ticket ticket, CancellationToken cancellationToken)
    {
        var messages = ticket.Messages.Select(m => m.Id).ToList();
        return (await db.Set<TicketAttachment>().AsNoTracking().Where(a => messages.Contains(a.TicketMessageId)).OrderBy(a => a.Id)
            .Select(a => new FileView(a.Id, a.TicketMessageId, a.FileName, a.ContentType, a.Length)).ToListAsync(cancellationToken)).ToLookup(f => f.MessageId);
    }

    /// <summary>A file of the ticket, with its content; none if it belongs to another ticket.</summary>
    public async Task<TicketAttachment?> FileAsync(string number, long id, CancellationToken cancellationToken) =>
        Ticket.TryRead(number, out var ticketId)
            ? await db.Set<TicketAttachment>().AsNoTracking()
                .Where(a => a.Id == id && db.Set<TicketMessage>().Any(m => m.Id == a.TicketMessageId && m.TicketId == ticketId)).FirstOrDefaultAsync(cancellationToken)
            : null;

    /// <summary>Answers the customer by email (threaded under the ticket's earlier emails) and moves the ticket on.</summary>
    /// <param name="files">Sent with the answer and kept with it on the ticket (a canned reply's).</param>
    public Task<Result> ReplyAsync(string number, int version, string? text, TicketStatus then, string agent, IReadOnlyList<MailAttachment> files,
        CancellationToken cancellationToken) =>
        then is not (TicketStatus.PendingCustomer or TicketStatus.Open or TicketStatus.OnHold or TicketStatus.Solved)
            ? Task.FromResult(new Result(false, "After answering, a ticket waits on the customer, stays open, goes on hold or is solved: choose one of those."))
            : ChangeAsync(number, version, text, async (ticket, body, now) =>
        {
            var earlier = ticket.Messages.Where(m => m.MessageId is not null).OrderBy(m => m.Id).Select(m => m.MessageId!).ToList();
            var quoted = ticket.Messages.Where(m => m.Author == MessageAuthor.Customer).OrderBy(m => m.Id).LastOrDefault()?.Text;
            var answer = ticket.Reply(agent, body!, then, now);
            foreach (var file in files)
            {
                answer.Attach(new TicketAttachment(file.FileName, file.ContentType, file.Content));
            }

            await db.SaveChangesAsync(cancellationToken);
            answer.Carried(TicketMail.MessageIdOf(ticket, answer));
            await outbox.QueueAsync(TicketMail.Answer(ticket, answer, earlier, quoted, options.Value.ReplyAddressOf(ticket.Token)) with { Attachments = files },
                cancellationToken);
            db.Publish(new TicketReplied(ticket.Number, ticket.Email, agent, now));
            return null;
        }, cancellationToken);

    /// <summary>A note for staff only; never emailed.</summary>
    public Task<Result> NoteAsync(string number, int version, string? text, string agent, CancellationToken cancellationToken) =>
        ChangeAsync(number, version, text, (ticket, body, now) =>
        {
            ticket.Add(MessageAuthor.Note, agent, body!, now);
            return Task.FromResult<string?>(null);
        }, cancellationToken);

    /// <summary>
    /// Merges the ticket into another of the same customer (the same email or account): its messages move there, and
    /// this one closes, pointing there. Neither may be merged already.
    /// </summary>
    public async Task<Result> MergeAsync(string number, int version, string? into, string agent, CancellationToken cancellationToken)
    {
        if (!Ticket.TryRead(into?.Trim(), out var targetId))
        {
            return new Result(false, "Give the number of the ticket to merge into, such as T-1042.");
        }

        return await ChangeAsync(number, version, null, async (ticket, _, now) =>
        {
            var target = await db.Set<Ticket>().Include(t => t.Messages).FirstOrDefaultAsync(t => t.Id == targetId, cancellationToken);
            if (target is null || target.Id == ticket.Id)
            {
                return target is null ? $"There is no ticket {into!.Trim()}." : "A ticket cannot be merged into itself.";
            }

            if (!string.Equals(target.Email, ticket.Email, StringComparison.OrdinalIgnoreCase) && (target.CustomerId is null || target.CustomerId != ticket.CustomerId))
            {
                return $"{target.Number} is {target.Email}'s, this one {ticket.Email}'s: only tickets of one customer are merged.";
            }

            if (ticket.MergedIntoId is not null || target.MergedIntoId is not null || target.Status == TicketStatus.Closed)
            {
                return $"{(target.Status == TicketStatus.Closed ? target.Number : ticket.Number)} is closed or merged already: merge into an open ticket.";
            }

            ticket.MergeInto(target, agent, now);
            await serviceLevels.MeasureAsync(target, now, cancellationToken);
            return null;
        }, cancellationToken);
    }

    /// <summary>A note of what an agent did from the ticket (a refund, a cancellation): after the fact, so it needs no version.</summary>
    public async Task RecordAsync(string number, string text, string agent, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var version = Ticket.TryRead(number, out var id)
                ? await db.Set<Ticket>().AsNoTracking().Where(t => t.Id == id).Select(t => (int?)t.Version).FirstOrDefaultAsync(cancellationToken)
                : null;
            if (version is null || (await NoteAsync(number, version.Value, text.Length > TicketRules.MaxText ? text[..TicketRules.MaxText] : text, agent, cancellationToken)).Done
                || attempt == 3)
            {
                return;
            }
        }
    }

    public Task<Result> UpdateAsync(string number, int version, TicketStatus status, TicketPriority priority, string? assignee, string? tags, string agent,
        CancellationToken cancellationToken) =>
        !Enum.IsDefined(status) || !Enum.IsDefined(priority) || assignee?.Trim().Length > 256 || tags?.Length > 1_000
            ? Task.FromResult(new Result(false, "Choose a status and a priority from the lists, an agent's sign-in email, and up to 10 short tags."))
            : ChangeAsync(number, version, null, (ticket, _, now) =>
        {
            if (status == TicketStatus.New && ticket.Status != TicketStatus.New)
            {
                return Task.FromResult<string?>("A ticket that was answered or worked on cannot be new again: choose open instead.");
            }

            if (status != ticket.Status)
            {
                ticket.MoveTo(status, now);
            }

            if (priority != ticket.Priority)
            {
                ticket.Prioritise(priority, now);
            }

            var who = string.IsNullOrWhiteSpace(assignee) ? null : assignee.Trim();
            if (who != ticket.Assignee)
            {
                ticket.Assign(who, now);
            }

            if (tags is not null)
            {
                ticket.Tag(tags.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries), now);
            }

            return Task.FromResult<string?>(null);
        }, cancellationToken);

    private IQueryable<Ticket> In(InboxView view, string agent)
    {
        var tickets = db.Set<Ticket>().AsNoTracking();
        var horizon = clock.GetUtcNow() + serviceLevels.Options.NearBreach;
        var unsolved = tickets.Where(t => t.Status != TicketStatus.Solved && t.Status != TicketStatus.Closed);
        return view switch
        {
            InboxView.Mine => unsolved.Where(t => t.Assignee == agent),
            InboxView.Unassigned => unsolved.Where(t => t.Assignee == null),
            InboxView.Open => tickets.Where(t => t.Status == TicketStatus.New || t.Status == TicketStatus.Open || t.Status == TicketStatus.OnHold),
            InboxView.WaitingOnCustomer => tickets.Where(t => t.Status == TicketStatus.PendingCustomer),
            // A solved ticket, or one waiting on the customer, has no deadline.
            InboxView.Breaching => tickets.Where(t => t.DueAt != null && t.DueAt <= horizon),
            // Closed ones (solved and left alone) are found by search: years of them would bury the recent.
            _ => tickets.Where(t => t.Status == TicketStatus.Solved),
        };
    }

    /// <param name="text">The message the change adds, checked when given; null for a change without one.</param>
    /// <param name="change">Makes the change, or answers why the ticket cannot take it (then nothing is saved).</param>
    private async Task<Result> ChangeAsync(string number, int version, string? text, Func<Ticket, string?, DateTimeOffset, Task<string?>> change,
        CancellationToken cancellationToken)
    {
        var body = text?.Trim();
        if (text is not null && body!.Length is 0 or > TicketRules.MaxText)
        {
            return new Result(false, body.Length == 0 ? "Write the message first." : $"Keep the message under {TicketRules.MaxText:N0} characters.");
        }

        try
        {
            return await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
            {
                db.ChangeTracker.Clear();
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                var ticket = Ticket.TryRead(number, out var id)
                    ? await db.Set<Ticket>().Include(t => t.Messages).FirstOrDefaultAsync(t => t.Id == id, cancellationToken)
                    : null;
                if (ticket is null)
                {
                    return new Result(false, $"There is no ticket {number}.");
                }

                if (ticket.Version != version)
                {
                    return Changed;
                }

                var now = clock.GetUtcNow();
                var wasSolved = ticket.Status == TicketStatus.Solved;
                if (await change(ticket, body, now) is { } refused)
                {
                    return new Result(false, refused);
                }

                await serviceLevels.MeasureAsync(ticket, now, cancellationToken);
                if (ticket.Status == TicketStatus.Solved && !wasSolved)
                {
                    db.Publish(new TicketSolved(ticket.Number, ticket.Email, ticket.CustomerId, ticket.Assignee, now));
                }

                if (ticket.Survey(now))
                {
                    await outbox.QueueAsync(TicketMail.Survey(ticket, site.Value.Base, options.Value.ReplyAddressOf(ticket.Token)), cancellationToken);
                }

                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return Result.Ok;
            });
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return Changed;
        }
    }

    private static readonly Result Changed = new(false,
        "This ticket changed while you had it open (a new message, or another agent's answer or change). Nothing was sent: read the latest, then try again.");
}
