namespace Vetrina.Analytics.Contracts;

/// <summary>What the collector has recorded, in general terms.</summary>
public interface ITrafficLog
{
    /// <summary>Whether any event (a visit, a purchase) has been recorded at all: a new shop has none.</summary>
    Task<bool> AnyAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Every event recorded since <paramref name="since"/> that carried this <c>utm_medium</c> and a <c>utm_source</c>
    /// (a click on an influencer's link, say), of these visitors only when <paramref name="visitors"/> is given.
    /// </summary>
    Task<IReadOnlyList<Arrival>> ArrivalsAsync(string medium, DateTimeOffset since, IReadOnlyCollection<Guid>? visitors, CancellationToken cancellationToken);
}

/// <summary>A visitor seen arriving from a source (the <c>utm_source</c> as tagged) at a time.</summary>
public sealed record Arrival(Guid VisitorId, string Source, DateTimeOffset At);
