using Microsoft.EntityFrameworkCore;
using Vetrina.Data;
using Vetrina.Helpdesk.Contracts;
using Vetrina.Helpdesk.Domain;
using Vetrina.Helpdesk.Sla;

namespace Vetrina.Helpdesk.Intake;

internal sealed class CustomerRequests(VetrinaDbContext db, ServiceLevels serviceLevels, Attachments.AttachmentIntake attachments, TimeProvider clock)
    : ICustomerRequests
{
    public const int Shown = 50;

    public async Task<IReadOnlyList<CustomerRequestSummary>> ForCustomerAsync(string customerId, string email, CancellationToken cancellationToken) =>
        [.. (await Mine(customerId, email).OrderByDescending(t => t.UpdatedAt).Take(Shown).ToListAsync(cancellationToken))
            .Select(t => new CustomerRequestSummary(t.Number, t.Topic, StageOf(t.Status), t.OrderNumber, t.UpdatedAt))];

    public async Task<CustomerRequest?> FindAsync(string number, string customerId, string email, CancellationToken cancellationToken)
    {
        if (!Ticket.TryRead(number, out var id)
            || await Mine(customerId, email).Include(t => t.Messages).FirstOrDefaultAsync(t => t.Id == id, cancellationToken) is not { } ticket)
        {
            return null;
        }

        var shown = ticket.Messages.Where(m => m.Author != MessageAuthor.Note).Select(m => m.Id).ToList();
        var files = (await db.Set<TicketAttachment>().AsNoTracking().Where(a => shown.Contains(a.TicketMessageId)).OrderBy(a => a.Id)
            .Select(a => new { a.Id, a.TicketMessageId, a.FileName, a.ContentType }).ToListAsync(cancellationToken)).ToLookup(a => a.TicketMessageId);
        return new CustomerRequest(ticket.Number, ticket.Topic, StageOf(ticket.Status), ticket.OrderNumber,
            [.. ticket.Messages.Where(m => m.Author != MessageAuthor.Note).OrderBy(m => m.Id)
                .Select(m => new CustomerRequestMessage(m.Author == MessageAuthor.Agent, m.Author == MessageAuthor.Agent ? "Vetrina" : m.AuthorName, m.Text, m.At,
                    [.. files[m.Id].Select(f => new CustomerFileView(f.Id, f.FileName, f.ContentType == "image/webp"))]))]);
    }

    public async Task<CustomerFile?> FileAsync(string number, long fileId, string customerId, string email, CancellationToken cancellationToken)
    {
        if (!Ticket.TryRead(number, out var id))
        {
            return null;
        }

        var mine = Mine(customerId, email).Where(t => t.Id == id);
        return await db.Set<TicketAttachment>().AsNoTracking()
            .Where(a => a.Id == fileId && db.Set<TicketMessage>().Any(m => m.Id == a.TicketMessageId && m.Author != MessageAuthor.Note && mine.Any(t => t.Id == m.TicketId)))
            .Select(a => new CustomerFile(a.FileName, a.ContentType, a.Content)).FirstOrDefaultAsync(cancellationToken);
    }

    public async Task<ReplyOutcome> ReplyAsync(string number, string customerId, string email, string? text, string key, IReadOnlyList<Upload> files,
        CancellationToken cancellationToken)
    {
        var body = text?.Trim() ?? "";
        if (body.Length is 0 or > TicketRules.MaxText || !Ticket.TryRead(number, out var id))
        {
            return ReplyOutcome.Refused;
        }

        var kept = new List<TicketAttachment>();
        foreach (var upload in files)
        {
            var (file, _) = kept.Count < ICustomerRequests.MaxFiles
                ? await attachments.PrepareAsync(upload.Content, upload.FileName, upload.Length, photosOnly: false, cancellationToken)
                : (null, null);
            if (file is null)
            {
                return ReplyOutcome.FileRefused;
            }

            kept.Add(file);
        }

        // The reply form's token stands in for a Message-ID: the same form sent twice adds one message.
        var marker = $"account.{key}";
        for (var attempt = 1; ; attempt++)
        {
            db.ChangeTracker.Clear();
            var ticket = await db.Set<Ticket>().Include(t => t.Messages)
                .FirstOrDefaultAsync(t => t.Id == id && (t.CustomerId == customerId || t.Email == email), cancellationToken);
            if (ticket is null || ticket.Status == TicketStatus.Closed)
            {
                return ReplyOutcome.Refused;
            }

            if (ticket.Messages.Any(m => m.MessageId == marker))
            {
                return ReplyOutcome.Added;
            }

            var now = clock.GetUtcNow();
            var reply = ticket.Add(MessageAuthor.Customer, ticket.Name, body, now);
            reply.Carried(marker);
            kept.ForEach(f => reply.Attach(new TicketAttachment(f.FileName, f.ContentType, f.Content)));
            ticket.CustomerWrote(now);
            await serviceLevels.MeasureAsync(ticket, now, cancellationToken);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return ReplyOutcome.Added;
            }
            catch (DbUpdateConcurrencyException) when (attempt < 3)
            {
                // An agent answered at the same moment: add the reply after theirs.
            }
        }
    }

    private IQueryable<Ticket> Mine(string customerId, string email)
    {
        var (typed, lower) = (email.Trim(), email.Trim().ToLowerInvariant());
        return db.Set<Ticket>().AsNoTracking().Where(t => t.CustomerId == customerId || t.Email == typed || t.Email == lower);
    }

    private static RequestStage StageOf(TicketStatus status) => status switch
    {
        TicketStatus.PendingCustomer => RequestStage.Answered,
        TicketStatus.Solved or TicketStatus.Closed => RequestStage.Solved,
        _ => RequestStage.WithUs,
    };
}
