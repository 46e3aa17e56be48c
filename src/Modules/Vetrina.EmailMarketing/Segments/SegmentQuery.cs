using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;
using Vetrina.Analytics.Contracts;
using Vetrina.Cart.Contracts;
using Vetrina.Catalog.Contracts;
using Vetrina.Data;
using Vetrina.EmailMarketing.Contacts;
using Vetrina.Orders.Contracts;

namespace Vetrina.EmailMarketing.Segments;

/// <summary>
/// Turns a segment's rules into one database query over contacts. What a contact bought, has in the bag or viewed is asked
/// of the modules that know it (orders, bags, analytics, with the catalogue naming the products) and comes into the query
/// as the people it names.
/// </summary>
internal sealed class SegmentQuery(VetrinaDbContext db, ICatalogCodes catalog, IBuyerHistory buyerHistory, IBagDirectory bags, ITrafficLog traffic,
    TimeProvider clock)
{
    /// <summary>A "viewed" rule naming a category or season looks for at most this many of its styles in the events.</summary>
    public const int MaxViewedStyles = 200;

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
                var filter = BoughtFilter.Parse(values);
                // A style bought is named as the order line has it, even if the catalogue has dropped it since.
                var (styles, error) = filter is { Category: null, Season: null, Style: { } only } ? ([new SelectedStyle(only, [])], null)
                    : await StylesAsync(filter, cancellationToken);
                if (error is not null)
                {
                    return (_ => false, error);
                }

                var buyers = await buyerHistory.BuyersOfAsync(styles?.Select(s => s.Code).ToList(), filter.Size,
                    filter.WithinDays is { } days ? now.AddDays(-days) : null, cancellationToken);
                // Checkout keeps the address as typed; a contact's is normalised.
                var emails = buyers.Select(Contact.Normalise).Distinct().ToList();
                return (condition.Field == "bought" ? c => emails.Contains(c.Email) : c => !emails.Contains(c.Email), null);
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

        IReadOnlyList<string> customers;
        if (field == "carted")
        {
            var skus = styles is null && filter.Size is null ? null
                : (styles ?? (await catalog.SelectAsync(null, null, null, cancellationToken)).Styles)
                    .SelectMany(s => s.Skus).Where(k => filter.Size == null || k.Size == filter.Size).Select(k => k.SkuId).ToList();
            customers = await bags.CustomersHoldingAsync(skus, since, cancellationToken);
        }
        else
        {
            customers = await traffic.ViewersAsync(styles?.Select(s => s.Code).Take(MaxViewedStyles).ToList(), since, cancellationToken);
        }

        return (c => c.CustomerId != null && customers.Contains(c.CustomerId), null);
    }

    /// <summary>
    /// The styles a filter's category (with its subcategories), season and style name; null when it names none (any product
    /// will do), or what in it names nothing.
    /// </summary>
    private async Task<(IReadOnlyList<SelectedStyle>? Styles, string? Error)> StylesAsync(BoughtFilter filter, CancellationToken cancellationToken)
    {
        if (filter.Category is null && filter.Season is null && filter.Style is null)
        {
            return (null, null);
        }

        var selection = await catalog.SelectAsync(filter.Category, filter.Season, filter.Style, cancellationToken);
        return selection switch
        {
            { UnknownCategory: true } => (null, $"No category has the code '{filter.Category}'."),
            { UnknownSeason: true } => (null, $"No season has the code '{filter.Season}'."),
            _ => (selection.Styles, null),
        };
    }
}
