using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Vetrina.Analytics.Contracts;
using Vetrina.Analytics.Domain;
using Vetrina.Data;

namespace Vetrina.Analytics.Collection;

internal sealed class TrafficLog(VetrinaDbContext db) : ITrafficLog
{
    public Task<bool> AnyAsync(CancellationToken cancellationToken) => db.Set<RawEvent>().AnyAsync(cancellationToken);

    public async Task<IReadOnlyList<Arrival>> ArrivalsAsync(string medium, DateTimeOffset since, CancellationToken cancellationToken) =>
        await db.Set<RawEvent>().AsNoTracking().Where(e => e.Medium == medium && e.Source != null && e.OccurredAt >= since)
            .Select(e => new Arrival(e.VisitorId, e.Source!, e.OccurredAt)).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<ProductView>> UnfollowedViewsAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        var views = await db.Set<RawEvent>().AsNoTracking().Where(e => e.Name == "view_item" && e.OccurredAt >= from && e.OccurredAt <= to)
            .Select(e => new { e.VisitorId, e.UserId, e.OccurredAt, e.Items }).ToListAsync(cancellationToken);
        if (views.Count == 0)
        {
            return [];
        }

        var visitors = views.Select(v => v.VisitorId).Distinct().ToList();
        var acted = (await db.Set<RawEvent>().AsNoTracking().Where(e => (e.Name == "add_to_cart" || e.Name == "purchase") && e.OccurredAt >= from
                && visitors.Contains(e.VisitorId)).Select(e => new { e.VisitorId, e.OccurredAt }).ToListAsync(cancellationToken))
            .ToLookup(e => e.VisitorId, e => e.OccurredAt);
        return [.. views.Where(v => !acted[v.VisitorId].Any(at => at > v.OccurredAt))
            .Select(v => EventItem.ReadStored(v.Items) is [{ Id: { } style }, ..] ? new ProductView(v.VisitorId, v.UserId, v.OccurredAt, style) : null)
            .OfType<ProductView>()];
    }

    public async Task<IReadOnlyList<string>> ViewersAsync(IReadOnlyCollection<string>? styles, DateTimeOffset? since, CancellationToken cancellationToken)
    {
        var views = db.Set<RawEvent>().AsNoTracking().Where(e => e.Name == "view_item" && e.UserId != null);
        if (since is { } viewedSince)
        {
            views = views.Where(e => e.OccurredAt >= viewedSince);
        }

        if (styles is not null)
        {
            // Items are stored as JSON: a style is the item's id, found by its exact text.
            var item = Expression.Parameter(typeof(RawEvent), "e");
            var contains = typeof(string).GetMethod(nameof(string.Contains), [typeof(string)])!;
            var any = styles.Select(code => (Expression)Expression.Call(Expression.Property(item, nameof(RawEvent.Items)), contains,
                    Expression.Constant($"\"id\":\"{code}\"")))
                .DefaultIfEmpty(Expression.Constant(false)).Aggregate(Expression.OrElse);
            views = views.Where(Expression.Lambda<Func<RawEvent, bool>>(any, item));
        }

        return await views.Select(e => e.UserId!).Distinct().ToListAsync(cancellationToken);
    }
}
