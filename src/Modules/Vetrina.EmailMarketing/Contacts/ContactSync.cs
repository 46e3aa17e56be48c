using Microsoft.EntityFrameworkCore;
using Vetrina.Analytics.Aggregation;
using Vetrina.Data;
using Vetrina.EmailMarketing.Segments;
using Vetrina.Kernel;
using Vetrina.Orders.Checkout;
using Vetrina.Orders.Domain;

namespace Vetrina.EmailMarketing.Contacts;

/// <summary>
/// Keeps contacts in step with the shop: every buyer is a contact, a marketing consent ticked at checkout subscribes
/// (its proof is the checkout's consent record), an objection ticked there to emails about similar products opts out,
/// and each buyer's order count, net sales, first and last order and
/// RFM scores are refreshed so segments never read the orders. Runs every few minutes; each run is idempotent.
/// </summary>
public sealed class ContactSync(VetrinaDbContext db, ContactBook book, TimeProvider clock)
{
    private const string CheckoutConsents = "checkout-consent";
    private const int Chunk = 500;

    private static readonly OrderStatus[] NotSold = [OrderStatus.Placed, OrderStatus.Cancelled];

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        await TakeCheckoutConsentsAsync(cancellationToken);
        await RefreshBuyersAsync(cancellationToken);
    }

    private async Task TakeCheckoutConsentsAsync(CancellationToken cancellationToken)
    {
        var mark = await db.Set<SyncMark>().SingleOrDefaultAsync(m => m.Name == CheckoutConsents, cancellationToken);
        if (mark is null)
        {
            mark = new SyncMark(CheckoutConsents, 0);
            db.Add(mark);
        }

        var records = await db.Set<ConsentRecord>().AsNoTracking()
            .Where(r => r.Id > mark.LastId && (r.Purpose == ConsentRecord.MarketingPurpose || r.Purpose == ConsentRecord.SimilarProductsObjectionPurpose))
            .OrderBy(r => r.Id).Take(5000).ToListAsync(cancellationToken);
        var orderIds = records.Where(r => r.OrderId != null).Select(r => r.OrderId!.Value).ToList();
        var countries = await db.Set<Order>().AsNoTracking().Where(o => orderIds.Contains(o.Id))
            .Select(o => new { o.Id, o.ShippingAddress.CountryCode }).ToDictionaryAsync(o => o.Id, o => o.CountryCode, cancellationToken);
        foreach (var record in records)
        {
            var country = record.OrderId is { } orderId ? countries.GetValueOrDefault(orderId, "IT") : "IT";
            var contact = await FindOrAddAsync(record.Email, record.Language, country, "checkout", record.At, cancellationToken);
            if (record.CustomerId is { } customer)
            {
                contact.LinkAccount(customer);
            }

            if (record.Purpose == ConsentRecord.SimilarProductsObjectionPurpose)
            {
                // A consent given after the objection stands; otherwise the objection is an opt-out, from every marketing email.
                if (contact.Consent != EmailConsent.Unsubscribed && !(contact.Consent == EmailConsent.Subscribed && contact.ConsentedAt > record.At))
                {
                    contact.Unsubscribe(record.At);
                    db.Add(new ConsentEvent(contact.Id, ConsentAction.Unsubscribed, $"checkout:order:{record.OrderId}", record.TextVersion,
                        "Objected at checkout to emails about similar products", null, null, record.At));
                    await book.SuppressAsync(contact.Email, SuppressionReason.Unsubscribed, "objection at checkout", cancellationToken);
                }
            }
            // A later opt-out wins over an older checkbox.
            else if (contact.Consent != EmailConsent.Unsubscribed || contact.UpdatedAt < record.At)
            {
                contact.Confirm(record.At);
                db.Add(new ConsentEvent(contact.Id, ConsentAction.Confirmed, $"checkout:order:{record.OrderId}", record.TextVersion,
                    "Checkout marketing checkbox", null, null, record.At));
            }

            mark.LastId = record.Id;
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task RefreshBuyersAsync(CancellationToken cancellationToken)
    {
        var rates = await CurrencyRates.LoadAsync(db, Currency.Eur, cancellationToken);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var sold = db.Set<Order>().AsNoTracking().Where(o => !NotSold.Contains(o.Status));
        var totals = await sold.GroupBy(o => new { o.Email, o.Currency })
            .Select(g => new { g.Key.Email, g.Key.Currency, Orders = g.Count(), Minor = g.Sum(o => o.TotalMinor), First = g.Min(o => o.PlacedAt), Last = g.Max(o => o.PlacedAt) })
            .ToListAsync(cancellationToken);
        var refunds = await db.Set<OrderRefund>().AsNoTracking()
            .Join(sold, r => r.OrderId, o => o.Id, (r, o) => new { o.Email, o.Currency, Minor = r.ToCardMinor + r.ToGiftCardMinor })
            .GroupBy(r => new { r.Email, r.Currency }).Select(g => new { g.Key.Email, g.Key.Currency, Minor = g.Sum(r => r.Minor) })
            .ToListAsync(cancellationToken);
        var refunded = refunds.ToDictionary(r => (Contact.Normalise(r.Email), r.Currency.Code), r => r.Minor);
        var buyers = totals.GroupBy(t => Contact.Normalise(t.Email)).Select(g => (
                Email: g.Key,
                Orders: g.Sum(t => t.Orders),
                Revenue: g.Sum(t => rates.ToReporting(t.Minor - refunded.GetValueOrDefault((g.Key, t.Currency.Code)), t.Currency.Code, today) ?? 0),
                First: g.Min(t => t.First),
                Last: g.Max(t => t.Last)))
            .ToList();
        if (buyers.Count == 0)
        {
            return;
        }

        var firstOrders = await FirstOrderPlacesAsync(sold, cancellationToken);
        var contacts = new Dictionary<string, Contact>(StringComparer.Ordinal);
        var softOptIns = new List<Contact>();
        foreach (var chunk in buyers.Chunk(Chunk))
        {
            var emails = chunk.Select(b => b.Email).ToList();
            foreach (var contact in await db.Set<Contact>().Where(c => emails.Contains(c.Email)).ToListAsync(cancellationToken))
            {
                contacts[contact.Email] = contact;
            }

            foreach (var buyer in chunk.Where(b => !contacts.ContainsKey(b.Email)))
            {
                var (language, country) = firstOrders.GetValueOrDefault(buyer.Email, ("en", "IT"));
                var contact = new Contact(buyer.Email, language, country, "order", buyer.First);
                if (Countries.InEuropeanUnion(country))
                {
                    contact.AllowSoftOptIn(buyer.First);
                    softOptIns.Add(contact);
                }

                db.Add(contact);
                contacts[buyer.Email] = contact;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        // The proof of a soft opt-in is the purchase itself and the choice checkout offered.
        db.AddRange(softOptIns.Select(c => new ConsentEvent(c.Id, ConsentAction.SoftOptIn, "order", "soft-opt-in",
            "EU customer: may receive email about products like those bought, with an opt-out in every message", null, null, c.CreatedAt)));
        var accounts = await sold.Where(o => o.CustomerId != null).Select(o => new { o.Email, o.CustomerId }).Distinct().ToListAsync(cancellationToken);
        foreach (var account in accounts)
        {
            if (contacts.TryGetValue(Contact.Normalise(account.Email), out var owner))
            {
                owner.LinkAccount(account.CustomerId!);
            }
        }

        var scores = RfmScores.Score([.. buyers.Select(b => new BuyerHistory(contacts[b.Email].Id, b.Last, b.Orders, b.Revenue))]);
        foreach (var buyer in buyers)
        {
            var contact = contacts[buyer.Email];
            var rfm = scores[contact.Id];
            contact.RecordOrders(buyer.Orders, buyer.Revenue, buyer.First, buyer.Last, rfm, RfmScores.Segment(rfm));
        }

        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }

    private async Task<Dictionary<string, (string Language, string Country)>> FirstOrderPlacesAsync(IQueryable<Order> sold, CancellationToken cancellationToken)
    {
        var known = db.Set<Contact>().Select(c => c.Email);
        var rows = await sold.Where(o => !known.Contains(o.Email))
            .Select(o => new { o.Email, o.Language, o.ShippingAddress.CountryCode, o.PlacedAt }).ToListAsync(cancellationToken);
        return rows.OrderBy(r => r.PlacedAt).GroupBy(r => Contact.Normalise(r.Email)).ToDictionary(g => g.Key, g => (g.First().Language, g.First().CountryCode));
    }

    private async Task<Contact> FindOrAddAsync(string email, string language, string country, string source, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var normalised = Contact.Normalise(email);
        var contact = db.ChangeTracker.Entries<Contact>().Select(e => e.Entity).FirstOrDefault(c => c.Email == normalised)
            ?? await db.Set<Contact>().SingleOrDefaultAsync(c => c.Email == normalised, cancellationToken);
        if (contact is null)
        {
            contact = new Contact(normalised, language, country, source, at);
            db.Add(contact);
            await db.SaveChangesAsync(cancellationToken);
        }

        return contact;
    }
}
