using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Vetrina.Analytics.Aggregation;
using Vetrina.Data;
using Vetrina.EmailMarketing.Segments;
using Vetrina.Kernel;
using Vetrina.Privacy.Contracts;
using Vetrina.Orders.Domain;

namespace Vetrina.EmailMarketing.Contacts;

/// <summary>
/// Keeps contacts in step with the shop: every buyer is a contact (EU buyers in the soft opt-in, with its proof in the
/// consent ledger), and each buyer's order count, net sales, first and last order and RFM scores are refreshed so
/// segments never read the orders. Runs every few minutes; each run is idempotent. Consents given at checkout arrive as
/// events (<see cref="Subscriptions.ApplyShopConsents"/>).
/// </summary>
public sealed class ContactSync(VetrinaDbContext db, IConsentLedger ledger, TimeProvider clock)
{
    private const string BuyerFigures = "buyer-figures";
    private const int Chunk = 500;

    private static readonly OrderStatus[] NotSold = [OrderStatus.Placed, OrderStatus.Cancelled];

    public Task RunAsync(CancellationToken cancellationToken) => RefreshBuyersAsync(cancellationToken);

    /// <summary>
    /// Every buyer's order figures and RFM scores, recomputed whole (RFM quintiles are relative to all buyers) but only when
    /// something that moves them changed since the last run, or the day turned (recency); contacts are written a chunk at
    /// a time, so a shop with a million buyers never holds them all.
    /// </summary>
    private async Task RefreshBuyersAsync(CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var sold = db.Set<Order>().AsNoTracking().Where(o => !NotSold.Contains(o.Status));
        var mark = await db.Set<SyncMark>().SingleOrDefaultAsync(m => m.Name == BuyerFigures, cancellationToken);
        var signature = await SignatureAsync(sold, today, cancellationToken);
        if (mark?.LastId == signature)
        {
            return;
        }

        var rates = await CurrencyRates.LoadAsync(db, Currency.Eur, cancellationToken);
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
        var ids = buyers.Count == 0 ? new Dictionary<string, long>() : await EnsureContactsAsync(sold, [.. buyers.Select(b => (b.Email, b.First))], cancellationToken);
        var scores = RfmScores.Score([.. buyers.Select(b => new BuyerHistory(ids[b.Email], b.Last, b.Orders, b.Revenue))]);
        foreach (var chunk in buyers.Chunk(Chunk))
        {
            var chunkIds = chunk.Select(b => ids[b.Email]).ToList();
            var contacts = await db.Set<Contact>().Where(c => chunkIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, cancellationToken);
            foreach (var buyer in chunk)
            {
                var rfm = scores[ids[buyer.Email]];
                contacts[ids[buyer.Email]].RecordOrders(buyer.Orders, buyer.Revenue, buyer.First, buyer.Last, rfm, RfmScores.Segment(rfm));
            }

            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }

        if (mark is null)
        {
            db.Add(new SyncMark(BuyerFigures, signature));
        }
        else
        {
            db.Attach(mark).Entity.LastId = signature;
        }

        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }

    /// <summary>
    /// What the figures depend on, in one number: the day, and how many sold orders and refunds there are and their
    /// latest ids (an order paid, cancelled or refunded, or a new one, changes it).
    /// </summary>
    private async Task<long> SignatureAsync(IQueryable<Order> sold, DateOnly today, CancellationToken cancellationToken)
    {
        var orders = await sold.GroupBy(_ => 1).Select(g => new { Count = g.Count(), Last = g.Max(o => o.Id) }).SingleOrDefaultAsync(cancellationToken);
        var refunds = await db.Set<OrderRefund>().GroupBy(_ => 1).Select(g => new { Count = g.Count(), Last = g.Max(r => r.Id) }).SingleOrDefaultAsync(cancellationToken);
        var text = $"{today:yyyy-MM-dd}|{orders?.Count}|{orders?.Last}|{refunds?.Count}|{refunds?.Last}";
        return BitConverter.ToInt64(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    /// <summary>Every buyer a contact (EU buyers soft opt-in, with its proof) and linked to their account; their contact ids by address.</summary>
    private async Task<Dictionary<string, long>> EnsureContactsAsync(IQueryable<Order> sold, List<(string Email, DateTimeOffset First)> buyers,
        CancellationToken cancellationToken)
    {
        var firstOrders = await FirstOrderPlacesAsync(sold, cancellationToken);
        var accounts = (await sold.Where(o => o.CustomerId != null).Select(o => new { o.Email, o.CustomerId }).Distinct().ToListAsync(cancellationToken))
            .GroupBy(a => Contact.Normalise(a.Email)).ToDictionary(g => g.Key, g => g.First().CustomerId!);
        var ids = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var chunk in buyers.Chunk(Chunk))
        {
            var emails = chunk.Select(b => b.Email).ToList();
            var contacts = await db.Set<Contact>().Where(c => emails.Contains(c.Email)).ToDictionaryAsync(c => c.Email, cancellationToken);
            var softOptIns = new List<Contact>();
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

            foreach (var (email, contact) in contacts)
            {
                if (accounts.TryGetValue(email, out var customer))
                {
                    contact.LinkAccount(customer);
                }
            }

            await db.SaveChangesAsync(cancellationToken);
            // The proof of a soft opt-in is the purchase itself and the choice checkout offered.
            foreach (var contact in softOptIns)
            {
                ledger.Record(ContactConsents.Of(contact, ConsentPurposes.SimilarProductsEmail, ConsentDecision.Given, ConsentSources.SoftOptIn, "order",
                    "soft-opt-in", "EU customer: may receive email about products like those bought, with an opt-out in every message", contact.CreatedAt));
            }

            await db.SaveChangesAsync(cancellationToken);
            foreach (var (email, contact) in contacts)
            {
                ids[email] = contact.Id;
            }

            db.ChangeTracker.Clear();
        }

        return ids;
    }

    private async Task<Dictionary<string, (string Language, string Country)>> FirstOrderPlacesAsync(IQueryable<Order> sold, CancellationToken cancellationToken)
    {
        var known = db.Set<Contact>().Select(c => c.Email);
        var rows = await sold.Where(o => !known.Contains(o.Email))
            .Select(o => new { o.Email, o.Language, o.ShippingAddress.CountryCode, o.PlacedAt }).ToListAsync(cancellationToken);
        return rows.OrderBy(r => r.PlacedAt).GroupBy(r => Contact.Normalise(r.Email)).ToDictionary(g => g.Key, g => (g.First().Language, g.First().CountryCode));
    }
}
