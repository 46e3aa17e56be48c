using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;
using Vetrina.Analytics.Domain;
using Vetrina.Cart.Domain;
using Vetrina.Catalog.Domain;
using Vetrina.Data;
using Vetrina.EmailMarketing.Contacts;
using Vetrina.Orders.Domain;

namespace Vetrina.EmailMarketing.Segments;

/// <summary>Turns a segment's rules into one database query over contacts (order rules become EXISTS sub-queries on the orders).</summary>
internal sealed class SegmentQuery(VetrinaDbContext db, TimeProvider clock)
{
    /// <summary>A "viewed" rule naming a category or season looks for at most this many of its styles in the events.</summary>
    public const int MaxViewedStyles = 200;

    private static readonly OrderStatus[] NotSold = [OrderStatus.Placed, OrderStatus.Cancelled];

    /// <summary>The matching contacts, or what in the rules names nothing (an unknown category or season).</summary>
    public async Task<(IQueryable<Contact> Contacts, IReadOnlyDictionary<string, string> Errors)> BuildAsync(IReadOnlyList<SegmentCondition> conditions,
        CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string>(SegmentCondition.Validate(conditions));
        var query = db.Set<Contact>().AsNoTracking();
        if (errors.Count > 0)
        {
            return (query.Where(_ => false), errors);
        }

        var now = clock.GetUtcNow();
        var groups = new List<List<Expression<Func<Contact, bool>>>>();
        for (var i = 0; i < conditions.Count; i++)
        {
            var (predicate, error) = await PredicateAsync(conditions[i], now, cancellationToken);
            if (error is not null)
            {
                errors[i.ToString(System.Globalization.CultureInfo.InvariantCulture)] = error;
                continue;
            }

            if (!conditions[i].Or || groups.Count == 0)
            {
                groups.Add([]);
            }

            groups[^1].Add(predicate);
        }

        foreach (var group in groups)
        {
            query = query.Where(AnyOf(group));
        }

        return (errors.Count > 0 ? query.Where(_ => false) : query, errors);
    }

    /// <summary>One predicate for a group of alternatives, over the first one's parameter.</summary>
    private static Expression<Func<Contact, bool>> AnyOf(List<Expression<Func<Contact, bool>>> alternatives)
    {
        var contact = alternatives[0].Parameters[0];
        var body = alternatives.Skip(1).Aggregate(alternatives[0].Body,
            (either, next) => Expression.OrElse(either, ReplacingExpressionVisitor.Replace(next.Parameters[0], contact, next.Body)));
        return Expression.Lambda<Func<Contact, bool>>(body, contact);
    }

    private async Task<(Expression<Func<Contact, bool>> Predicate, string? Error)> PredicateAsync(SegmentCondition condition, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var values = condition.Values.ToList();
        var negate = condition.Operator == "not-in";
        switch (condition.Field)
        {
            case "email":
                var ending = values[0].ToLowerInvariant();
                return (c => c.Email.EndsWith(ending), null);
            case "country":
                return (negate ? c => !values.Contains(c.Country) : c => values.Contains(c.Country), null);
            case "language":
                return (negate ? c => !values.Contains(c.Language) : c => values.Contains(c.Language), null);
            case "consent":
                var states = values.Select(v => Enum.Parse<EmailConsent>(v.Replace("-", "", StringComparison.Ordinal), true)).ToList();
                return (negate ? c => !states.Contains(c.Consent) : c => states.Contains(c.Consent), null);
            case "rfm":
                return (negate ? c => c.RfmSegment == null || !values.Contains(c.RfmSegment) : c => values.Contains(c.RfmSegment!), null);
            case "list":
                var lists = values.Select(int.Parse).ToList();
                return (c => db.Set<ListMember>().Any(m => m.ContactId == c.Id && lists.Contains(m.ListId)), null);
            case "birthday-month":
                var months = values.Select(int.Parse).ToList();
                return (c => c.Birthday != null && months.Contains(c.Birthday.Value.Month), null);
            case "signed-up":
                var signedUp = now.AddDays(-condition.Number());
                return (condition.Operator == "within-days" ? c => c.CreatedAt >= signedUp : c => c.CreatedAt < signedUp, null);
            case "orders":
                var count = condition.Number();
                return (condition.Operator == "at-least" ? c => c.OrderCount >= count : c => c.OrderCount <= count, null);
            case "revenue":
                var cents = (long)(condition.Amount() * 100);
                return (condition.Operator == "at-least" ? c => c.RevenueEurMinor >= cents : c => c.RevenueEurMinor <= cents, null);
            case "last-order":
                var lastOrder = now.AddDays(-condition.Number());
                return (condition.Operator == "within-days"
                    ? c => c.LastOrderAt != null && c.LastOrderAt >= lastOrder
                    : c => c.LastOrderAt != null && c.LastOrderAt < lastOrder, null);
            case "carted" or "viewed":
                return await BehaviourAsync(condition.Field, BoughtFilter.Parse(values), now, cancellationToken);
            default:
                var (lines, error) = await LinesAsync(BoughtFilter.Parse(values), now, cancellationToken);
                var orders = db.Set<Order>().Where(o => !NotSold.Contains(o.Status));
                var matched = orders.Where(o => lines.Any(l => l.OrderId == o.Id));
                return (condition.Field == "bought" ? c => matched.Any(o => o.Email == c.Email) : c => !matched.Any(o => o.Email == c.Email), error);
        }
    }

    /// <summary>
    /// Bags and product views belong to signed-in customers (the contact's account). Views are matched on the style in the
    /// event's items, so a category or season becomes its style codes (at most <see cref="MaxViewedStyles"/>).
    /// </summary>
    private async Task<(Expression<Func<Contact, bool>> Predicate, string? Error)> BehaviourAsync(string field, BoughtFilter filter, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        DateTimeOffset? since = filter.WithinDays is { } days ? now.AddDays(-days) : null;
        var (styles, error) = await StylesAsync(filter, cancellationToken);
        if (error is not null)
        {
            return (_ => false, error);
        }

        if (field == "carted")
        {
            var skus = styles.SelectMany(s => s.Colourways).SelectMany(c => c.Skus).Where(k => filter.Size == null || k.Size == filter.Size).Select(k => k.Id);
            var carts = db.Set<ShoppingCart>().Where(c => c.Lines.Any(l => skus.Contains(l.SkuId)));
            if (since is { } cartedSince)
            {
                carts = carts.Where(c => c.UpdatedAt >= cartedSince);
            }

            return (c => c.CustomerId != null && carts.Any(cart => cart.CustomerId == c.CustomerId), null);
        }

        var views = db.Set<RawEvent>().Where(e => e.Name == "view_item" && e.UserId != null);
        if (since is { } viewedSince)
        {
            views = views.Where(e => e.OccurredAt >= viewedSince);
        }

        if (filter.Category is not null || filter.Season is not null || filter.Style is not null)
        {
            var codes = await styles.Select(s => s.Code).Take(MaxViewedStyles).ToListAsync(cancellationToken);
            var item = Expression.Parameter(typeof(RawEvent), "e");
            var contains = typeof(string).GetMethod(nameof(string.Contains), [typeof(string)])!;
            var any = codes.Select(code => (Expression)Expression.Call(Expression.Property(item, nameof(RawEvent.Items)), contains,
                    Expression.Constant($"\"id\":\"{code}\"")))
                .DefaultIfEmpty(Expression.Constant(false)).Aggregate(Expression.OrElse);
            views = views.Where(Expression.Lambda<Func<RawEvent, bool>>(any, item));
        }

        return (c => c.CustomerId != null && views.Any(e => e.UserId == c.CustomerId), null);
    }

    /// <summary>The styles a filter's category (with its subcategories), season and style name, or what names nothing.</summary>
    private async Task<(IQueryable<Style> Styles, string? Error)> StylesAsync(BoughtFilter filter, CancellationToken cancellationToken)
    {
        var styles = db.Set<Style>().AsQueryable();
        if (filter.Category is { } categoryCode)
        {
            if (await CategorySubtreeAsync(categoryCode, cancellationToken) is not { } ids)
            {
                return (styles, $"No category has the code '{categoryCode}'.");
            }

            styles = styles.Where(s => ids.Contains(s.CategoryId));
        }

        if (filter.Season is { } seasonCode)
        {
            var upper = seasonCode.ToUpperInvariant();
            var season = await db.Set<Season>().AsNoTracking().Where(s => s.Code == upper).Select(s => (int?)s.Id).FirstOrDefaultAsync(cancellationToken);
            if (season is null)
            {
                return (styles, $"No season has the code '{seasonCode}'.");
            }

            styles = styles.Where(s => s.SeasonId == season);
        }

        if (filter.Style is { } style)
        {
            styles = styles.Where(s => s.Code == style);
        }

        return (styles, null);
    }

    private async Task<List<int>?> CategorySubtreeAsync(string code, CancellationToken cancellationToken)
    {
        var categories = await db.Set<Category>().AsNoTracking().Select(c => new { c.Id, c.Code, c.ParentId }).ToListAsync(cancellationToken);
        var root = categories.FirstOrDefault(c => string.Equals(c.Code, code, StringComparison.OrdinalIgnoreCase));
        if (root is null)
        {
            return null;
        }

        var subtree = new HashSet<int> { root.Id };
        for (var grew = true; grew;)
        {
            grew = false;
            foreach (var child in categories.Where(c => c.ParentId is { } parent && subtree.Contains(parent) && !subtree.Contains(c.Id)))
            {
                grew = subtree.Add(child.Id) || grew;
            }
        }

        return [.. subtree];
    }

    private async Task<(IQueryable<OrderLine> Lines, string? Error)> LinesAsync(BoughtFilter filter, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var lines = db.Set<OrderLine>().AsQueryable();
        var (styles, error) = await StylesAsync(filter with { Style = null }, cancellationToken);
        if (error is not null)
        {
            return (lines, error);
        }

        if (filter.Category is not null || filter.Season is not null)
        {
            var codes = styles.Select(s => s.Code);
            lines = lines.Where(l => codes.Contains(l.StyleCode));
        }

        if (filter.Style is { } style)
        {
            lines = lines.Where(l => l.StyleCode == style);
        }

        if (filter.Size is { } size)
        {
            lines = lines.Where(l => l.Size == size);
        }

        if (filter.WithinDays is { } days)
        {
            var since = now.AddDays(-days);
            var recent = db.Set<Order>().Where(o => o.PlacedAt >= since).Select(o => o.Id);
            lines = lines.Where(l => recent.Contains(l.OrderId));
        }

        return (lines, null);
    }
}
