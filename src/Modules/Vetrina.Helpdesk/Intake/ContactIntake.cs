using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Vetrina.Data;
using Vetrina.Data.Events;
using Vetrina.Helpdesk.Contracts;
using Vetrina.Helpdesk.Contracts.Events;
using Vetrina.Helpdesk.Domain;
using Vetrina.Helpdesk.Notifications;
using Vetrina.Helpdesk.Sla;
using Vetrina.Kernel;
using Vetrina.Messaging.Contracts;

namespace Vetrina.Helpdesk.Intake;

/// <summary>Opens a ticket from the contact form or an order page: the ticket, its first message, the acknowledgement and the event commit together.</summary>
internal sealed class ContactIntake(VetrinaDbContext db, IMailOutbox outbox, IOptions<HelpdeskOptions> options, ServiceLevels serviceLevels,
    Attachments.AttachmentIntake attachments, TimeProvider clock)
    : IHelpdeskIntake
{
    public async Task<ContactOutcome> OpenAsync(ContactRequest request, CancellationToken cancellationToken)
    {
        if (await NumberOfAsync(request.Key, cancellationToken) is { } earlier)
        {
            return new ContactOutcome(earlier, new Dictionary<string, ContactProblem>());
        }

        var problems = TicketRules.Check(request);
        var photos = new List<TicketAttachment>();
        if (request.Photos?.Count > ContactRequest.MaxPhotos)
        {
            problems["Photos"] = ContactProblem.TooManyPhotos;
        }
        else
        {
            foreach (var upload in request.Photos ?? [])
            {
                var (photo, _) = await attachments.PrepareAsync(upload.Content, upload.FileName, upload.Length, photosOnly: true, cancellationToken);
                if (photo is null)
                {
                    problems["Photos"] = ContactProblem.PhotoRefused;
                    break;
                }

                photos.Add(photo);
            }
        }

        if (problems.Count > 0 || !Enum.IsDefined(request.Topic))
        {
            return new ContactOutcome(null, problems);
        }

        var now = clock.GetUtcNow();
        var language = Languages.Normalize(request.Language);
        var ticket = new Ticket(request.Key, Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8)), request.Email!.Trim(), request.Name!.Trim(), request.CustomerId,
            language, await serviceLevels.MarketOfAsync(request.Market, language, cancellationToken), request.Topic, request.Channel, string.IsNullOrWhiteSpace(request.OrderNumber) ? null : request.OrderNumber.Trim().ToUpperInvariant(),
            now);
        var opening = ticket.Add(MessageAuthor.Customer, ticket.Name, request.Message!.Trim(), now);
        photos.ForEach(opening.Attach);
        await serviceLevels.MeasureAsync(ticket, now, cancellationToken);
        try
        {
            await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
            {
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                db.Add(ticket);
                await db.SaveChangesAsync(cancellationToken);
                opening.Carried(TicketMail.MessageIdOf(ticket, opening));
                await outbox.QueueAsync(TicketMail.Acknowledgement(ticket, opening, options.Value.ReplyAddressOf(ticket.Token)), cancellationToken);
                db.Publish(new TicketOpened(ticket.Number, ticket.Email, ticket.CustomerId, ticket.Topic, ticket.Channel, ticket.OrderNumber, now));
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            });
        }
        catch (DbUpdateException)
        {
            // The same form sent twice at once: the other request opened it (the key is unique).
            db.ChangeTracker.Clear();
            if (await NumberOfAsync(request.Key, cancellationToken) is { } concurrent)
            {
                return new ContactOutcome(concurrent, new Dictionary<string, ContactProblem>());
            }

            throw;
        }

        return new ContactOutcome(ticket.Number, new Dictionary<string, ContactProblem>());
    }

    private async Task<string?> NumberOfAsync(string key, CancellationToken cancellationToken) =>
        await db.Set<Ticket>().AsNoTracking().Where(t => t.Key == key).Select(t => (long?)t.Id).FirstOrDefaultAsync(cancellationToken) is { } id ? Ticket.Format(id) : null;
}
