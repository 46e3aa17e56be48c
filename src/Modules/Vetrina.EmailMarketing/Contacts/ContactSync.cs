using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Vetrina.Analytics.Contracts;
using Vetrina.Data;
using Vetrina.EmailMarketing.Segments;
using Vetrina.Kernel;
using Vetrina.Orders.Contracts;
using Vetrina.Privacy.Contracts;

namespace Vetrina.EmailMarketing.Contacts;

/// <summary>
/// Keeps contacts in step with the shop: every buyer is a contact (EU buyers in the soft opt-in, with its proof in the
/// consent ledger), and each buyer's order count, net sales, first and last order and RFM scores are refreshed so
/// segments never read the orders. Runs every few minutes; each run is idempotent. Consents given at checkout arrive as
/// events (<see cref="Subscriptions.ApplyShopConsents"/>); the sales come from Orders' <see cref="IBuyerHistory"/>.
/// </summary>
internal sealed class ContactSync(VetrinaDbContext db, IBuyerHistory history, IConsentLedger ledger, IExchangeRates exchangeRates, TimeProvider clock)
{
    private const string BuyerFigures = "buyer-figures";
    private const int Chunk = 500;

    public Task RunAsync(CancellationToken cancellationToken) => RefreshBuyersAsync(cancellationToken);

    /// <summary>
    /// Every buyer's order figures and RFM scores, recomputed whole (RFM quintiles are relative to all buyers) but only when
    /// the sales changed since the last run, or the day turned (recency); contacts are written a chunk at a time, so a shop
    /// with a million buyers never holds them all.
    /// </summary>
    private async Task RefreshBuyersAsync(CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var mark = await db.Set<SyncMark>().SingleOrDefaultAsync(m => m.Name == BuyerFigures, cancellationToken);
        var signature = BitConverter.ToInt64(SHA256.HashData(Encoding.UTF8.GetBytes($"{today:yyyy-MM-dd}|{await history.SignatureAsync(cancellationToken)}")));
        if (mark?.LastId == signature)
        {
            return;
        }

        var rates = await exchangeRates.LoadAsync(Currency.Eur, cancellationToken);
        var sales = await history.SalesAsync(cancellationToken);
        var buyers = sales.GroupBy(s => Contact.Normalise(s.Email)).Select(g => new Buyer(
                g.Key,
                [.. g.Select(s => s.Email).Distinct(StringComparer.Ordinal)],
                g.Sum(s => s.Orders),
                g.Sum(s => rates.ToReporting(s.TotalMinor - s.RefundedMinor, s.Currency, today) ?? 0),
                g.Min(s => s.First),
                g.Max(s => s.Last),
                g.Select(s => s.CustomerId).FirstOrDefault(c => c is not null)))
            .ToList();
        var ids = buyers.Count == 0 ? new Dictionary<string, long>() : await EnsureContactsAsync(buyers, cancellationToken);
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

    /// <summary>Every buyer a contact (EU buyers soft opt-in, with its proof) and linked to their account; their contact ids by address.</summary>
    private async Task<Dictionary<string, long>> EnsureContactsAsync(List<Buyer> buyers, CancellationToken cancellationToken)
    {
        var ids = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var chunk in buyers.Chunk(Chunk))
        {
            var emails = chunk.Select(b => b.Email).ToList();
            var contacts = await db.Set<Contact>().Where(c => emails.Contains(c.Email)).ToDictionaryAsync(c => c.Email, cancellationToken);
            var newcomers = chunk.Where(b => !contacts.ContainsKey(b.Email)).ToList();
            var firstOrders = newcomers.Count == 0
                ? []
                : (await history.FirstOrdersAsync([.. newcomers.SelectMany(b => b.Spellings)], cancellationToken))
                    .GroupBy(f => Contact.Normalise(f.Email)).ToDictionary(g => g.Key, g => g.MinBy(f => f.PlacedAt)!);
            var softOptIns = new List<Contact>();
            foreach (var buyer in newcomers)
            {
                var first = firstOrders.GetValueOrDefault(buyer.Email);
                var country = first?.Country ?? "";
                var contact = new Contact(buyer.Email, first?.Language ?? "en", country, "order", buyer.First);
                if (Countries.InEuropeanUnion(country))
                {
                    contact.AllowSoftOptIn(buyer.First);
                    softOptIns.Add(contact);
                }

                db.Add(contact);
                contacts[buyer.Email] = contact;
            }

            foreach (var buyer in chunk.Where(b => b.CustomerId is not null))
            {
                contacts[buyer.Email].LinkAccount(buyer.CustomerId!);
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

    /// <summary>One person's sales across the spellings of their address and the currencies they paid in.</summary>
    private sealed record Buyer(string Email, string[] Spellings, int Orders, long Revenue, DateTimeOffset First, DateTimeOffset Last, string? CustomerId);
}
