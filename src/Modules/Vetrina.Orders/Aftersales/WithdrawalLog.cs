using System.Globalization;
using System.Text;
using CsvHelper;
using Microsoft.EntityFrameworkCore;
using Vetrina.Data;
using Vetrina.Orders.Domain;

namespace Vetrina.Orders.Aftersales;

/// <summary>The withdrawals as received, and the check that no entry was changed or removed since (each hash covers the one before).</summary>
internal sealed class WithdrawalLog(VetrinaDbContext db)
{
    /// <param name="BrokenAt">The first entry whose content, link or place no longer matches its hash; null when the log is intact.</param>
    public sealed record Check(int Entries, long? BrokenAt);

    public async Task<IReadOnlyList<Withdrawal>> LatestAsync(int count, CancellationToken cancellationToken) =>
        await db.Set<Withdrawal>().AsNoTracking().Include(w => w.Lines).OrderByDescending(w => w.Sequence).Take(count).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<Withdrawal>> ForOrderAsync(long orderId, CancellationToken cancellationToken) =>
        await db.Set<Withdrawal>().AsNoTracking().Include(w => w.Lines).Where(w => w.OrderId == orderId).OrderBy(w => w.Sequence).ToListAsync(cancellationToken);

    /// <summary>The day by which a withdrawal must be refunded: 14 days from receiving it (the shop may wait for the goods or proof of sending).</summary>
    public static DateTimeOffset RefundDue(Withdrawal withdrawal) => withdrawal.ReceivedAt.AddDays(Withdrawals.PeriodDays);

    public async Task<Check> VerifyAsync(CancellationToken cancellationToken)
    {
        var previous = Withdrawal.Genesis;
        var expected = 1L;
        var entries = 0;
        // In sequence order, a page at a time: the log grows for years.
        await foreach (var entry in db.Set<Withdrawal>().AsNoTracking().Include(w => w.Lines).OrderBy(w => w.Sequence).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            if (entry.Sequence != expected || entry.PreviousHash != previous || entry.Hash != entry.ComputeHash())
            {
                return new Check(entries, expected);
            }

            (previous, expected, entries) = (entry.Hash, expected + 1, entries + 1);
        }

        return new Check(entries, null);
    }

    public async Task<byte[]> CsvAsync(CancellationToken cancellationToken)
    {
        await using var text = new StringWriter(CultureInfo.InvariantCulture);
        await using (var csv = new CsvWriter(text, CultureInfo.InvariantCulture))
        {
            foreach (var header in new[] { "sequence", "received_at_utc", "order", "name", "email", "language", "whole_order", "units", "previous_hash", "hash" })
            {
                csv.WriteField(header);
            }

            await csv.NextRecordAsync();
            await foreach (var entry in db.Set<Withdrawal>().AsNoTracking().Include(w => w.Lines).OrderBy(w => w.Sequence).AsAsyncEnumerable().WithCancellation(cancellationToken))
            {
                csv.WriteField(entry.Sequence);
                csv.WriteField(entry.ReceivedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));
                csv.WriteField(entry.OrderNumber);
                csv.WriteField(entry.Name);
                csv.WriteField(entry.Email);
                csv.WriteField(entry.Language);
                csv.WriteField(entry.WholeOrder ? "yes" : "no");
                csv.WriteField(string.Join("; ", entry.Lines.Select(l => $"{l.Quantity} × {l.Description}")));
                csv.WriteField(entry.PreviousHash);
                csv.WriteField(entry.Hash);
                await csv.NextRecordAsync();
            }
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }
}
