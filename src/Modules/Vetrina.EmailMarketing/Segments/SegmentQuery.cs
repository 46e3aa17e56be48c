using Microsoft.EntityFrameworkCore;
using Vetrina.Catalog.Domain;
using Vetrina.Data;
using Vetrina.EmailMarketing.Contacts;
using Vetrina.Orders.Domain;

namespace Vetrina.EmailMarketing.Segments;

/// <summary>Turns a segment's rules into one database query over contacts (order rules become EXISTS sub-queries on the orders).</summary>
public sealed class SegmentQuery(VetrinaDbContext db, TimeProvider clock)
{
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
        for (var i = 0; i < conditions.Count; i++)
        {
            var condition = conditions[i];
            var values = condition.Values.ToList();
            var negate = condition.Operator == "not-in";
            switch (condition.Field)
            {
                case "email":
                    var ending = values[0].ToLowerInvariant();
                    query = query.Where(c => c.Email.EndsWith(ending));
                    break;
                case "country":
                    query = negate ? query.Where(c => !values.Contains(c.Country)) : query.Where(c => values.Contains(c.Country));
                    break;
                case "language":
                    query = negate ? query.Where(c => !values.Contains(c.Language)) : query.Where(c => values.Contains(c.Language));
                    break;
                case "consent":
                    var states = values.Select(v => Enum.Parse<EmailConsent>(v.Replace("-", "", StringComparison.Ordinal), true)).ToList();
                    query = negate ? query.Where(c => !states.Contains(c.Consent)) : query.Where(c => states.Contains(c.Consent));
                    break;
                case "rfm":
                    query = negate ? query.Where(c => c.RfmSegment == null || !values.Contains(c.RfmSegment)) : query.Where(c => values.Contains(c.RfmSegment!));
                    break;
                case "list":
                    var lists = values.Select(int.Parse).ToList();
                    query = query.Where(c => db.Set<ListMember>().Any(m => m.ContactId == c.Id && lists.Contains(m.ListId)));
                    break;
                case "birthday-month":
                    var months = values.Select(int.Parse).ToList();
                    query = query.Where(c => c.Birthday != null && months.Contains(c.Birthday.Value.Month));
                    break;
                case "signed-up":
                    var signedUp = now.AddDays(-condition.Number());
                    query = condition.Operator == "within-days" ? query.Where(c => c.CreatedAt >= signedUp) : query.Where(c => c.CreatedAt < signedUp);
                    break;
                case "orders":
                    var count = condition.Number();
                    query = condition.Operator == "at-least" ? query.Where(c => c.OrderCount >= count) : query.Where(c => c.OrderCount <= count);
                    break;
                case "revenue":
                    var cents = (long)(condition.Amount() * 100);
                    query = condition.Operator == "at-least" ? query.Where(c => c.RevenueEurMinor >= cents) : query.Where(c => c.RevenueEurMinor <= cents);
                    break;
                case "last-order":
                    var lastOrder = now.AddDays(-condition.Number());
                    query = condition.Operator == "within-days"
                        ? query.Where(c => c.LastOrderAt != null && c.LastOrderAt >= lastOrder)
                        : query.Where(c => c.LastOrderAt != null && c.LastOrderAt < lastOrder);
                    break;
                case "bought" or "not-bought":
                    var (lines, error) = await LinesAsync(BoughtFilter.Parse(values), now, cancellationToken);
                    if (error is not null)
                    {
                        errors[i.ToString(System.Globalization.CultureInfo.InvariantCulture)] = error;
                        break;
                    }

                    var orders = db.Set<Order>().Where(o => !NotSold.Contains(o.Status));
                    var matched = orders.Where(o => lines.Any(l => l.OrderId == o.Id));
                    query = condition.Field == "bought"
                        ? query.Where(c => matched.Any(o => o.Email == c.Email))
                        : query.Where(c => !matched.Any(o => o.Email == c.Email));
                    break;
            }
        }

        return (errors.Count > 0 ? query.Where(_ => false) : query, errors);
    }

    private async Task<(IQueryable<OrderLine> Lines, string? Error)> LinesAsync(BoughtFilter filter, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var lines = db.Set<OrderLine>().AsQueryable();
        var styles = db.Set<Style>().AsQueryable();
        var byStyle = false;
        if (filter.Category is { } categoryCode)
        {
            var categories = await db.Set<Category>().AsNoTracking().Select(c => new { c.Id, c.Code, c.ParentId }).ToListAsync(cancellationToken);
            var root = categories.FirstOrDefault(c => string.Equals(c.Code, categoryCode, StringComparison.OrdinalIgnoreCase));
            if (root is null)
            {
                return (lines, $"No category has the code '{categoryCode}'.");
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

            var ids = subtree.ToList();
            styles = styles.Where(s => ids.Contains(s.CategoryId));
            byStyle = true;
        }

        if (filter.Season is { } seasonCode)
        {
            var upper = seasonCode.ToUpperInvariant();
            var season = await db.Set<Season>().AsNoTracking().Where(s => s.Code == upper).Select(s => (int?)s.Id)
                .FirstOrDefaultAsync(cancellationToken);
            if (season is null)
            {
                return (lines, $"No season has the code '{seasonCode}'.");
            }

            styles = styles.Where(s => s.SeasonId == season);
            byStyle = true;
        }

        if (byStyle)
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
