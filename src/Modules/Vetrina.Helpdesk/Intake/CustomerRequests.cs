using Microsoft.EntityFrameworkCore;
using Vetrina.Data;
using Vetrina.Helpdesk.Contracts;
using Vetrina.Helpdesk.Domain;
using Vetrina.Helpdesk.Sla;

namespace Vetrina.Helpdesk.Intake;

internal sealed class CustomerRequests(VetrinaDbContext db, ServiceLevels serviceLevels, TimeProvider clock) : ICustomerRequests
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

        return new CustomerRequest(ticket.Number, ticket.Topic, StageOf(ticket.Status), ticket.OrderNumber,
            [.. ticket.Messages.Where(m => m.Author != MessageAuthor.Note).OrderBy(m => m.Id)
                .Select(m => new CustomerRequestMessage(m.Author == MessageAuthor.Agent, m.Author == MessageAuthor.Agent ? "Vetrina" : m.AuthorName, m.Text, m.At))]);
    }

    public async Task<bool> ReplyAsync(string number, string customerId, string email, string? text, string key, CancellationToken cancellationToken)
    {
        var body = text?.Trim() ?? "";
        if (body.Length is 0 or > TicketRules.MaxText || !Ticket.TryRead(number, out var id))
        {
            return false;
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
                return false;
            }

            if (ticket.Messages.Any(m => m.MessageId == marker))
            {
                return true;
            }

            var now = clock.GetUtcNow();
            ticket.Add(MessageAuthor.Customer, ticket.Name, body, now).Carried(marker);
            ticket.CustomerWrote(now);
            await serviceLevels.MeasureAsync(ticket, now, cancellationToken);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return true;
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
