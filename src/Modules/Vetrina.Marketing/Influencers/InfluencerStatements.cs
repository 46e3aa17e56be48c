using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Vetrina.Data;

namespace Vetrina.Marketing.Influencers;

/// <summary>Monthly statements per influencer and currency, their payment, and the export accounting asks for.</summary>
internal sealed class InfluencerStatements(VetrinaDbContext db, TimeProvider clock)
{
    /// <summary>Issues (or brings up to date) the statements of a month from the orders earned in it that no paid statement holds.</summary>
    public async Task<int> IssueAsync(DateOnly month, CancellationToken cancellationToken)
    {
        var first = new DateOnly(month.Year, month.Month, 1);
        var from = new DateTimeOffset(first.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var to = from.AddMonths(1);
        var now = clock.GetUtcNow();
        var paid = db.Set<InfluencerStatement>().Where(s => s.PaidAt != null).Select(s => s.Id);
        var earned = await db.Set<InfluencerOrder>().Where(o => o.PlacedAt >= from && o.PlacedAt < to && (o.StatementId == null || !paid.Contains(o.StatementId.Value)))
            .ToListAsync(cancellationToken);
        var statements = await db.Set<InfluencerStatement>().Where(s => s.Month == first && s.PaidAt == null).ToListAsync(cancellationToken);
        foreach (var group in earned.GroupBy(o => (o.InfluencerId, o.Currency)))
        {
            var statement = statements.FirstOrDefault(s => s.InfluencerId == group.Key.InfluencerId && s.Currency == group.Key.Currency);
            if (statement is null)
            {
                statement = new InfluencerStatement(group.Key.InfluencerId, first, group.Key.Currency, now);
                db.Add(statement);
                await db.SaveChangesAsync(cancellationToken);
                statements.Add(statement);
            }

            statement.Total(group.Count(), group.Sum(o => o.NetSalesMinor), group.Sum(o => o.CommissionMinor), now);
            foreach (var order in group)
            {
                order.OnStatement(statement.Id);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return earned.Select(o => (o.InfluencerId, o.Currency)).Distinct().Count();
    }

    /// <summary>Records the payment of a statement; its orders never change again. False when it is unknown or already paid.</summary>
    public async Task<StatementPayment> PayAsync(int statementId, string? reference, CancellationToken cancellationToken)
    {
        var statement = await db.Set<InfluencerStatement>().SingleOrDefaultAsync(s => s.Id == statementId, cancellationToken);
        if (statement is null)
        {
            return StatementPayment.Unknown;
        }

        if (statement.PaidAt is not null)
        {
            return StatementPayment.AlreadyPaid;
        }

        if (string.IsNullOrWhiteSpace(reference))
        {
            return StatementPayment.ReferenceMissing;
        }

        statement.Pay(reference.Trim(), clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return StatementPayment.Paid;
    }

    /// <summary>Every statement with its influencer, as CSV (UTF-8 with BOM, amounts in major units with a dot).</summary>
    public async Task<byte[]> CsvAsync(CancellationToken cancellationToken)
    {
        var rows = await db.Set<InfluencerStatement>().AsNoTracking()
            .Join(db.Set<Influencer>(), s => s.InfluencerId, i => i.Id, (s, i) => new { s, i.Handle, i.Name, i.Email })
            .OrderBy(r => r.s.Month).ThenBy(r => r.Handle).ToListAsync(cancellationToken);
        var csv = new StringBuilder("month,handle,name,email,currency,orders,net_sales,commission,paid_at,payment_reference\n");
        foreach (var r in rows)
        {
            var currency = Kernel.Currency.FromCode(r.s.Currency);
            string Amount(long minor) => (minor / (decimal)currency.MinorPerMajor).ToString(currency.MinorPerMajor == 1 ? "0" : "0.00", CultureInfo.InvariantCulture);
            csv.Append(CultureInfo.InvariantCulture, $"{r.s.Month:yyyy-MM},{r.Handle},\"{r.Name.Replace("\"", "\"\"", StringComparison.Ordinal)}\",{r.Email},{r.s.Currency},{r.s.Orders},")
                .Append(CultureInfo.InvariantCulture, $"{Amount(r.s.NetSalesMinor)},{Amount(r.s.CommissionMinor)},{r.s.PaidAt:yyyy-MM-dd},{r.s.PaymentReference}\n");
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }
}

/// <summary>What became of a statement's payment.</summary>
internal enum StatementPayment
{
    Paid,
    Unknown,
    AlreadyPaid,
    ReferenceMissing,
}
