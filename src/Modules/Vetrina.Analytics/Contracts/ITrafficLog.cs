namespace Vetrina.Analytics.Contracts;

/// <summary>What the collector has recorded, in general terms.</summary>
public interface ITrafficLog
{
    /// <summary>Whether any event (a visit, a purchase) has been recorded at all: a new shop has none.</summary>
    Task<bool> AnyAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Every event recorded since <paramref name="since"/> that carried this <c>utm_medium</c> and a <c>utm_source</c>
    /// (a click on an influencer's link, say). A scan of the collected events: for periodic work, not per request.
    /// </summary>
    Task<IReadOnlyList<Arrival>> ArrivalsAsync(string medium, DateTimeOffset since, CancellationToken cancellationToken);

    /// <summary>
    /// Product pages viewed between two times that the same browser did not follow with an add to bag or a purchase (up to
    /// now): what browse-abandonment emails are about. Views without a product in their items are left out.
    /// </summary>
    Task<IReadOnlyList<ProductView>> UnfollowedViewsAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken);

    /// <summary>
    /// The signed-in customers (their account ids) who viewed a product page of one of these styles (of any when null),
    /// since <paramref name="since"/> when given.
    /// </summary>
    Task<IReadOnlyList<string>> ViewersAsync(IReadOnlyCollection<string>? styles, DateTimeOffset? since, CancellationToken cancellationToken);
}

/// <summary>A product page view: the browser, the signed-in customer if any, when, and the style viewed.</summary>
public sealed record ProductView(Guid VisitorId, string? UserId, DateTimeOffset At, string Style);

/// <summary>A visitor seen arriving from a source (the <c>utm_source</c> as tagged) at a time.</summary>
public sealed record Arrival(Guid VisitorId, string Source, DateTimeOffset At);
