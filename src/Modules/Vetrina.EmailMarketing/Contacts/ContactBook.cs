using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using MimeKit;
using Vetrina.Data;
using Vetrina.EmailMarketing.Contracts;
using Vetrina.Kernel;
using Vetrina.Messaging.Contracts;
using Vetrina.Privacy.Contracts;

namespace Vetrina.EmailMarketing.Contacts;

internal enum ConfirmOutcome
{
    Confirmed,
    Expired,
}

/// <summary>Subscribing (double opt-in), confirming, unsubscribing and suppressing: every change of consent with its proof.</summary>
internal sealed class ContactBook(VetrinaDbContext db, IConsentLedger ledger, IMailOutbox outbox, TimeProvider clock, IOptions<SiteOptions> site,
    IConfiguration configuration)
{
    /// <summary>The list the shop's sign-up form adds to.</summary>
    public const string NewsletterList = "Newsletter";

    /// <summary>No second confirmation email to the same address within this time: a form cannot be used to flood a mailbox.</summary>
    private static readonly TimeSpan ResendAfter = TimeSpan.FromMinutes(10);

    public static bool IsValidAddress(string? email) =>
        !string.IsNullOrWhiteSpace(email) && email.Length <= 254 && MailboxAddress.TryParse(email.Trim(), out var box) && box.Address.Contains('@', StringComparison.Ordinal)
        && box.Address.Split('@')[1].Contains('.', StringComparison.Ordinal) && Contact.Normalise(box.Address) == Contact.Normalise(email);

    /// <summary>
    /// Starts a double opt-in: the contact becomes pending and a confirmation email (in the outbox, same transaction)
    /// carries a one-time link. Returns false for an address that is not one.
    /// </summary>
    public async Task<bool> RequestAsync(string? email, string language, string country, bool nightConsent, Requester requester, string? customerId = null,
        string list = NewsletterList, CancellationToken cancellationToken = default)
    {
        if (!IsValidAddress(email) || !Languages.IsSupported(language))
        {
            return false;
        }

        var now = clock.GetUtcNow();
        var contact = await FindOrAddAsync(email!, language, country, requester.Source, now, cancellationToken);
        if (customerId is not null)
        {
            contact.LinkAccount(customerId);
        }

        var recent = await db.Set<OptInRequest>().AnyAsync(r => r.ContactId == contact.Id && r.ConfirmedAt == null && r.RequestedAt > now - ResendAfter,
            cancellationToken);
        if (recent)
        {
            return true;
        }

        contact.RequestConsent(nightConsent, now);
        var text = OptInText.For(language);
        ledger.Record(ContactConsents.Of(contact, ConsentPurposes.MarketingEmail, ConsentDecision.Requested, ConsentSources.DoubleOptIn, requester.Source,
            OptInText.Version, text.ShownText(nightConsent), now, requester));
        var listId = (await ListAsync(list, cancellationToken)).Id;
        await AskAsync(contact, requester.Source, nightConsent, listId, text.ConfirmSubject, text.ConfirmBody, now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>
    /// Korean law: consent to advertising is confirmed again every two years. Subscribers in Korea whose consent is 700
    /// days old get an email asking them to confirm (the same link and page as a double opt-in); at 730 days without it,
    /// campaigns leave them out (<see cref="MarketingRules.NeedsReconfirmation"/>). Returns how many were asked.
    /// </summary>
    public async Task<int> AskForReconfirmationAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var due = now - TimeSpan.FromDays(700);
        var contacts = await db.Set<Contact>()
            .Where(c => (c.Country == "KR" || (c.Country == "" && c.Language == Languages.Korean)) && c.Consent == EmailConsent.Subscribed && c.ConsentedAt < due
                && !db.Set<OptInRequest>().Any(r => r.ContactId == c.Id && r.RequestedAt > due))
            .OrderBy(c => c.Id).Take(500).ToListAsync(cancellationToken);
        foreach (var contact in contacts)
        {
            var text = OptInText.For(contact.Language);
            var since = Languages.FormatDate(DateOnly.FromDateTime(contact.ConsentedAt!.Value.UtcDateTime), contact.Language);
            await AskAsync(contact, "reconfirmation", contact.NightConsent, null, text.ReconfirmSubject,
                string.Format(System.Globalization.CultureInfo.InvariantCulture, text.ReconfirmBody, since), now, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        return contacts.Count;
    }

    /// <summary>The click on the confirmation link: consent is given now, from this browser; the address leaves the suppression list.</summary>
    public async Task<(ConfirmOutcome Outcome, Contact? Contact)> ConfirmAsync(string? token, Requester requester, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        if (string.IsNullOrEmpty(token) || token.Length > 64)
        {
            return (ConfirmOutcome.Expired, null);
        }

        var hash = Hash(token);
        var request = await db.Set<OptInRequest>().SingleOrDefaultAsync(r => r.TokenHash == hash, cancellationToken);
        if (request is null || !request.IsOpen(now))
        {
            return (ConfirmOutcome.Expired, null);
        }

        var contact = await db.Set<Contact>().SingleAsync(c => c.Id == request.ContactId, cancellationToken);
        var again = contact.Consent == EmailConsent.Subscribed;
        request.Confirm(now);
        contact.Confirm(now);
        ledger.Record(ContactConsents.Of(contact, ConsentPurposes.MarketingEmail, ConsentDecision.Given, again ? ConsentSources.Reconfirmation : ConsentSources.DoubleOptIn,
            requester.Source, OptInText.Version, OptInText.For(contact.Language).ShownText(request.NightConsent), now, requester));
        await db.Set<Suppression>().Where(s => s.Email == contact.Email).ExecuteDeleteAsync(cancellationToken);
        if (request.ListId is { } listId && !await db.Set<ListMember>().AnyAsync(m => m.ListId == listId && m.ContactId == contact.Id, cancellationToken))
        {
            db.Add(new ListMember(listId, contact.Id, now));
        }

        await db.SaveChangesAsync(cancellationToken);
        return (ConfirmOutcome.Confirmed, contact);
    }

    /// <summary>Opt-out: the contact stops receiving marketing and the address is suppressed. Doing it twice changes nothing.</summary>
    public async Task<Contact?> UnsubscribeAsync(long contactId, Requester requester, CancellationToken cancellationToken = default)
    {
        var contact = await db.Set<Contact>().SingleOrDefaultAsync(c => c.Id == contactId, cancellationToken);
        if (contact is null || contact.Consent == EmailConsent.Unsubscribed)
        {
            return contact;
        }

        var now = clock.GetUtcNow();
        contact.Unsubscribe(now);
        ledger.Record(ContactConsents.Of(contact, ConsentPurposes.MarketingEmail, ConsentDecision.Withdrawn, ConsentSources.Unsubscribe, requester.Source,
            OptInText.Version, OptInText.For(contact.Language).UnsubscribeButton, now, requester));
        await SuppressAsync(contact.Email, SuppressionReason.Unsubscribed, requester.Source, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return contact;
    }

    /// <summary>
    /// Adds an address to the suppression list (in the caller's unit of work), once; a complaint or hard bounce of an
    /// address suppressed as unsubscribed becomes its reason (<see cref="Suppression.Strengthen"/>).
    /// </summary>
    public async Task SuppressAsync(string email, SuppressionReason reason, string? detail, CancellationToken cancellationToken = default)
    {
        var normalised = Contact.Normalise(email);
        var existing = db.ChangeTracker.Entries<Suppression>().Where(e => e.State != EntityState.Deleted).Select(e => e.Entity).FirstOrDefault(s => s.Email == normalised)
            ?? await db.Set<Suppression>().SingleOrDefaultAsync(s => s.Email == normalised, cancellationToken);
        if (existing is null)
        {
            db.Add(new Suppression(normalised, reason, detail, clock.GetUtcNow()));
        }
        else
        {
            existing.Strengthen(reason, detail, clock.GetUtcNow());
        }
    }

    /// <summary>A list by name, made the first time it is named.</summary>
    public async Task<ContactList> ListAsync(string name, CancellationToken cancellationToken = default)
    {
        var list = await db.Set<ContactList>().SingleOrDefaultAsync(l => l.Name == name, cancellationToken);
        if (list is null)
        {
            list = new ContactList(name, clock.GetUtcNow());
            db.Add(list);
            await db.SaveChangesAsync(cancellationToken);
        }

        return list;
    }

    /// <summary>A one-time confirmation link and its email, in the caller's unit of work.</summary>
    private async Task AskAsync(Contact contact, string source, bool nightConsent, int? listId, string subject, string body, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var text = OptInText.For(contact.Language);
        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)).Replace('+', '-').Replace('/', '_');
        var hash = Hash(token);
        db.Add(new OptInRequest(contact.Id, hash, source, listId, nightConsent, now));
        var link = $"{site.Value.Base}/{contact.Language}/newsletter/confirm?token={token}";
        var brand = configuration["Vetrina:Brand:Name"] ?? "Vetrina";
        var html = $"<p>{System.Net.WebUtility.HtmlEncode(body)}</p><p><a href=\"{link}\">{System.Net.WebUtility.HtmlEncode(text.ConfirmButton)}</a></p>"
            + $"<p>{System.Net.WebUtility.HtmlEncode(brand)}</p>";
        await outbox.QueueAsync(new TransactionalMail($"optin:{hash[..32]}", contact.Email, $"{subject} · {brand}",
            $"{body}\n\n{text.ConfirmButton}: {link}\n\n{brand}\n", html, contact.Language), cancellationToken);
    }

    private async Task<Contact> FindOrAddAsync(string email, string language, string country, string source, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var normalised = Contact.Normalise(email);
        var contact = await db.Set<Contact>().SingleOrDefaultAsync(c => c.Email == normalised, cancellationToken);
        if (contact is not null)
        {
            contact.Describe(null, null, language, country, null, now);
            return contact;
        }

        contact = new Contact(normalised, language, country, source, now);
        db.Add(contact);
        await db.SaveChangesAsync(cancellationToken);
        return contact;
    }

    private static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
