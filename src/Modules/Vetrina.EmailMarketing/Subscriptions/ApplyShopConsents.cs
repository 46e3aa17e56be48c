using Microsoft.EntityFrameworkCore;
using Vetrina.Data;
using Vetrina.EmailMarketing.Contacts;
using Vetrina.Kernel.Events;
using Vetrina.Privacy.Contracts;
using Vetrina.Privacy.Contracts.Events;

namespace Vetrina.EmailMarketing.Subscriptions;

/// <summary>
/// Email consents decided outside the email module reach its contacts: a marketing box ticked at checkout subscribes
/// (the ledger line is its proof), and an objection there to emails about similar products opts the buyer out of every
/// marketing email. Decisions the module takes itself (sign-up, unsubscribe, import) are already applied.
/// </summary>
internal sealed class ApplyShopConsents(VetrinaDbContext db, ContactBook book) : IIntegrationEventHandler<ConsentGiven>, IIntegrationEventHandler<ConsentWithdrawn>
{
    public async Task HandleAsync(ConsentGiven integrationEvent, CancellationToken cancellationToken)
    {
        if (integrationEvent is not { Channel: ConsentChannels.Email, Purpose: ConsentPurposes.MarketingEmail, Source: ConsentSources.Checkout })
        {
            return;
        }

        var contact = await ContactOfAsync(integrationEvent, cancellationToken);
        // A later opt-out wins over an older checkbox; a duplicate delivery finds the contact already confirmed at that time.
        if (contact.Consent != EmailConsent.Unsubscribed || contact.UpdatedAt < integrationEvent.OccurredAt)
        {
            contact.Confirm(integrationEvent.OccurredAt);
        }
    }

    public async Task HandleAsync(ConsentWithdrawn integrationEvent, CancellationToken cancellationToken)
    {
        if (integrationEvent is not { Channel: ConsentChannels.Email, Source: ConsentSources.Objection })
        {
            return;
        }

        var contact = await ContactOfAsync(integrationEvent, cancellationToken);
        // A consent given after the objection stands; otherwise the objection is an opt-out, from every marketing email.
        if (contact.Consent != EmailConsent.Unsubscribed && !(contact.Consent == EmailConsent.Subscribed && contact.ConsentedAt > integrationEvent.OccurredAt))
        {
            contact.Unsubscribe(integrationEvent.OccurredAt);
            await book.SuppressAsync(contact.Email, SuppressionReason.Unsubscribed, "objection at checkout", cancellationToken);
        }
    }

    private async Task<Contact> ContactOfAsync(ConsentChanged consent, CancellationToken cancellationToken)
    {
        var email = Contact.Normalise(consent.Email!);
        // Deliveries run a chunk at a time in one unit of work: a contact added for an earlier event of the chunk is not saved yet.
        var contact = db.Set<Contact>().Local.FirstOrDefault(c => c.Email == email)
            ?? await db.Set<Contact>().SingleOrDefaultAsync(c => c.Email == email, cancellationToken);
        if (contact is null)
        {
            contact = new Contact(email, consent.Language ?? "en", consent.Country ?? "", ConsentSources.Checkout, consent.OccurredAt);
            db.Add(contact);
        }

        if (consent.CustomerId is { } customer)
        {
            contact.LinkAccount(customer);
        }

        return contact;
    }
}
