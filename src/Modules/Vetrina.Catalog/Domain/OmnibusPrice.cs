using Vetrina.Kernel;

namespace Vetrina.Catalog.Domain;

/// <summary>
/// EU Directive 2019/2161 (Omnibus), art. 6a of the Price Indication Directive: an announced price reduction shows
/// the lowest price applied during the 30 days before the reduction.
/// </summary>
internal static class OmnibusPrice
{
    public static readonly TimeSpan Window = TimeSpan.FromDays(30);

    /// <param name="history">Selling prices with the moment each took effect, in any order.</param>
    /// <param name="reductionStart">When the reduction began.</param>
    public static Money? LowestPriorPrice(IEnumerable<(Money Price, DateTimeOffset From)> history, DateTimeOffset reductionStart)
    {
        var windowStart = reductionStart - Window;
        var ordered = history.Where(h => h.From < reductionStart).OrderBy(h => h.From).ToList();
        if (ordered.Count == 0)
        {
            return null;
        }

        // The price in force when the window opened counts, and so does every price set inside it.
        var inForceAtStart = ordered.LastOrDefault(h => h.From <= windowStart);
        var candidates = ordered.Where(h => h.From > windowStart).Select(h => h.Price).ToList();
        if (inForceAtStart != default)
        {
            candidates.Add(inForceAtStart.Price);
        }

        return candidates.Count == 0 ? null : candidates.Min();
    }
}
