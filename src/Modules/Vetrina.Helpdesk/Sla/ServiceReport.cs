using Microsoft.EntityFrameworkCore;
using Vetrina.Data;
using Vetrina.Helpdesk.Contracts;
using Vetrina.Helpdesk.Domain;

namespace Vetrina.Helpdesk.Sla;

/// <summary>
/// How customer service kept its promises over the tickets opened in a period: the share of service targets met, the
/// first-response and resolution times in working hours (median and 90th percentile), and satisfaction; in total and by
/// agent, topic and channel. The definitions are in docs/kpis.md.
/// </summary>
internal sealed class ServiceReport(VetrinaDbContext db, TimeProvider clock)
{
    public sealed record Figures(ServiceFigures Total, IReadOnlyList<ServiceFigures> ByAgent, IReadOnlyList<ServiceFigures> ByTopic,
        IReadOnlyList<ServiceFigures> ByChannel);

    public async Task<Figures> ForAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        var rows = await db.Set<Ticket>().AsNoTracking().Where(t => t.CreatedAt >= from && t.CreatedAt < to)
            .Select(t => new ServiceFigures.Row(t.Assignee, t.Topic, t.Channel, t.FirstResponseSeconds, t.FirstResponseTargetSeconds, t.ResolutionSeconds,
                t.ResolutionTargetSeconds, t.FirstResponseAt != null, t.DueAt, t.Satisfaction))
            .ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        IReadOnlyList<ServiceFigures> By<TKey>(Func<ServiceFigures.Row, TKey> key, Func<TKey, string> name) =>
            [.. rows.GroupBy(key).Select(g => ServiceFigures.Of(name(g.Key), g, now)).OrderByDescending(f => f.Tickets).ThenBy(f => f.Group, StringComparer.Ordinal)];
        return new Figures(ServiceFigures.Of("All tickets", rows, now), By(r => r.Agent ?? "", a => a.Length == 0 ? "Unassigned" : a),
            By(r => r.Topic, t => t.ToString()), By(r => r.Channel, c => c.ToString()));
    }
}

/// <summary>One line of the service report.</summary>
/// <param name="FirstResponseMet">Answered within the target.</param>
/// <param name="FirstResponseMissed">Answered after it, or still unanswered with the deadline passed.</param>
/// <param name="Satisfied">Ratings of 4 or 5.</param>
internal sealed record ServiceFigures(string Group, int Tickets, int FirstResponseMet, int FirstResponseMissed, double? FirstResponseMedian,
    double? FirstResponseP90, int ResolutionMet, int ResolutionMissed, double? ResolutionMedian, double? ResolutionP90, int Ratings, double? AverageRating,
    int Satisfied)
{
    /// <summary>What the report reads of a ticket.</summary>
    /// <param name="Answered">An agent answered (the first-response clock stopped).</param>
    public sealed record Row(string? Agent, TicketTopic Topic, TicketChannel Channel, long? FirstResponseSeconds, long FirstResponseTarget, long? ResolutionSeconds,
        long ResolutionTarget, bool Answered, DateTimeOffset? DueAt, int? Satisfaction);

    public double? FirstResponseMetShare => Share(FirstResponseMet, FirstResponseMet + FirstResponseMissed);

    public double? ResolutionMetShare => Share(ResolutionMet, ResolutionMet + ResolutionMissed);

    /// <summary>CSAT: ratings of 4 or 5 ÷ ratings.</summary>
    public double? SatisfiedShare => Share(Satisfied, Ratings);

    public static ServiceFigures Of(string group, IEnumerable<Row> tickets, DateTimeOffset now)
    {
        var rows = tickets.ToList();
        var overdue = rows.Where(r => r.DueAt is { } due && due < now).ToList();
        var answered = rows.Where(r => r.FirstResponseSeconds is not null).ToList();
        var solved = rows.Where(r => r.ResolutionSeconds is not null).ToList();
        var ratings = rows.Where(r => r.Satisfaction is not null).Select(r => r.Satisfaction!.Value).ToList();
        return new ServiceFigures(group, rows.Count,
            answered.Count(r => r.FirstResponseSeconds <= r.FirstResponseTarget),
            answered.Count(r => r.FirstResponseSeconds > r.FirstResponseTarget) + overdue.Count(r => !r.Answered),
            Median(answered.Select(r => r.FirstResponseSeconds!.Value)), NinetiethPercentile(answered.Select(r => r.FirstResponseSeconds!.Value)),
            solved.Count(r => r.ResolutionSeconds <= r.ResolutionTarget),
            solved.Count(r => r.ResolutionSeconds > r.ResolutionTarget) + overdue.Count(r => r.Answered),
            Median(solved.Select(r => r.ResolutionSeconds!.Value)), NinetiethPercentile(solved.Select(r => r.ResolutionSeconds!.Value)),
            ratings.Count, ratings.Count == 0 ? null : ratings.Average(), ratings.Count(r => r >= 4));
    }

    /// <summary>The middle value; with an even count, the mean of the two middle ones.</summary>
    public static double? Median(IEnumerable<long> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? null : sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2.0;
    }

    /// <summary>The nearest-rank 90th percentile: the smallest value at least 90% of the values are not above.</summary>
    public static double? NinetiethPercentile(IEnumerable<long> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? null : sorted[(int)Math.Ceiling(0.9 * sorted.Count) - 1];
    }

    private static double? Share(int part, int whole) => whole == 0 ? null : (double)part / whole;
}
