using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Vetrina.Data;
using Vetrina.Orders.Contracts;
using Vetrina.Orders.Domain;

namespace Vetrina.Orders.Reporting;

internal sealed class BuyerHistory(VetrinaDbContext db) : IBuyerHistory
{
    private static readonly OrderStatus[] NotSold = [OrderStatus.Placed, OrderStatus.Cancelled];

    private IQueryable<Order> Sold => db.Set<Order>().AsNoTracking().Where(o => !NotSold.Contains(o.Status));

    /// <summary>How many sold orders and refunds there are and their latest ids: a new sale, a cancellation or a refund changes it.</summary>
    public async Task<long> SignatureAsync(CancellationToken cancellationToken = default)
    {
        var orders = await Sold.GroupBy(_ => 1).Select(g => new { Count = g.Count(), Last = g.Max(o => o.Id) }).SingleOrDefaultAsync(cancellationToken);
        var refunds = await db.Set<OrderRefund>().GroupBy(_ => 1).Select(g => new { Count = g.Count(), Last = g.Max(r => r.Id) }).SingleOrDefaultAsync(cancellationToken);
        var text = $"{orders?.Count}|{orders?.Last}|{refunds?.Count}|{refunds?.Last}";
        return BitConverter.ToInt64(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    public async Task<IReadOnlyList<BuyerSales>> SalesAsync(CancellationToken cancellationToken = default)
    {
        var totals = await Sold.GroupBy(o => new { o.Email, o.Currency })
            .Select(g => new
            {
                g.Key.Email, g.Key.Currency, Orders = g.Count(), Minor = g.Sum(o => o.TotalMinor), First = g.Min(o => o.PlacedAt), Last = g.Max(o => o.PlacedAt),
                CustomerId = g.Max(o => o.CustomerId),
            })
            .ToListAsync(cancellationToken);
        var refunds = await db.Set<OrderRefund>().AsNoTracking()
            .Join(Sold, r => r.OrderId, o => o.Id, (r, o) => new { o.Email, o.Currency, Minor = r.ToCardMinor + r.ToGiftCardMinor })
            .GroupBy(r => new { r.Email, r.Currency }).Select(g => new { g.Key.Email, g.Key.Currency, Minor = g.Sum(r => r.Minor) })
            .ToListAsync(cancellationToken);
        var refunded = refunds.ToDictionary(r => (r.Email, r.Currency.Code), r => r.Minor);
        return [.. totals.Select(t => new BuyerSales(t.Email, t.Currency.Code, t.Orders, t.Minor, refunded.GetValueOrDefault((t.Email, t.Currency.Code)),
            t.First, t.Last, t.CustomerId))];
    }

    public async Task<IReadOnlyList<BuyerFirstOrder>> FirstOrdersAsync(IReadOnlyCollection<string> emails, CancellationToken cancellationToken = default)
    {
        var rows = await Sold.Where(o => emails.Contains(o.Email))
            .Select(o => new { o.Email, o.Language, o.ShippingAddress.CountryCode, o.PlacedAt }).ToListAsync(cancellationToken);
        return [.. rows.GroupBy(r => r.Email).Select(g => g.OrderBy(r => r.PlacedAt).First()).Select(r => new BuyerFirstOrder(r.Email, r.Language, r.CountryCode, r.PlacedAt))];
    }

    public async Task<IReadOnlyList<string>> BuyersOfAsync(IReadOnlyCollection<string>? styles, string? size, DateTimeOffset? since,
        CancellationToken cancellationToken = default)
    {
        var lines = db.Set<OrderLine>().AsNoTracking();
        if (styles is not null)
        {
            lines = lines.Where(l => styles.Contains(l.StyleCode));
        }

        if (size is not null)
        {
            lines = lines.Where(l => l.Size == size);
        }

        var orders = Sold;
        if (since is { } placedSince)
        {
            orders = orders.Where(o => o.PlacedAt >= placedSince);
        }

        return await orders.Where(o => lines.Any(l => l.OrderId == o.Id)).Select(o => o.Email).Distinct().ToListAsync(cancellationToken);
    }
}
