namespace Vetrina.EmailMarketing.Segments;

/// <summary>One buyer's order history, as RFM scoring reads it.</summary>
internal sealed record BuyerHistory(long ContactId, DateTimeOffset LastOrderAt, int Orders, long RevenueMinor);

/// <summary>
/// Recency, frequency and monetary value scored 1–5 by quintile among the shop's buyers (5 = most recent, most orders,
/// most spent), and the named groups marketers use (after the usual RFM grid: champions, loyal, potential loyalists,
/// new, promising, needs attention, at risk, can't lose, hibernating).
/// </summary>
internal static class RfmScores
{
    public static readonly IReadOnlyList<string> Segments =
        ["champions", "loyal", "potential-loyalists", "new", "promising", "needs-attention", "at-risk", "cant-lose", "hibernating"];

    public static IReadOnlyDictionary<long, string> Score(IReadOnlyList<BuyerHistory> buyers)
    {
        var recency = Quintiles(buyers, b => b.LastOrderAt.UtcTicks);
        var frequency = Quintiles(buyers, b => b.Orders);
        var monetary = Quintiles(buyers, b => b.RevenueMinor);
        return buyers.ToDictionary(b => b.ContactId, b => $"{recency[b.ContactId]}{frequency[b.ContactId]}{monetary[b.ContactId]}");
    }

    public static string Segment(string scores)
    {
        var (r, f, m) = (scores[0] - '0', scores[1] - '0', scores[2] - '0');
        return (r, f, m) switch
        {
            ( >= 4, >= 4, >= 4) => "champions",
            ( >= 3, >= 4, _) => "loyal",
            ( >= 4, >= 2, _) => "potential-loyalists",
            (5, 1, _) => "new",
            (4, 1, _) => "promising",
            (3, _, _) => "needs-attention",
            ( <= 2, >= 4, _) when r == 1 => "cant-lose",
            ( <= 2, >= 3, _) => "at-risk",
            _ => "hibernating",
        };
    }

    /// <summary>Ties share a score: buyers with the same value are never split across two quintiles.</summary>
    private static Dictionary<long, int> Quintiles(IReadOnlyList<BuyerHistory> buyers, Func<BuyerHistory, long> value)
    {
        var ordered = buyers.OrderBy(value).ToList();
        var scores = new Dictionary<long, int>(ordered.Count);
        var i = 0;
        while (i < ordered.Count)
        {
            var current = value(ordered[i]);
            var score = 1 + (int)(5L * i / ordered.Count);
            for (; i < ordered.Count && value(ordered[i]) == current; i++)
            {
                scores[ordered[i].ContactId] = score;
            }
        }

        return scores;
    }
}
