using Vetrina.Catalog.Contracts;

namespace Vetrina.Catalog.Domain;

internal static class LifecycleRules
{
    private static readonly Dictionary<Lifecycle, Lifecycle[]> Allowed = new()
    {
        [Lifecycle.Draft] = [Lifecycle.ComingSoon, Lifecycle.NewIn, Lifecycle.FullPrice, Lifecycle.Archived],
        [Lifecycle.ComingSoon] = [Lifecycle.NewIn, Lifecycle.FullPrice, Lifecycle.Draft, Lifecycle.Archived],
        [Lifecycle.NewIn] = [Lifecycle.FullPrice, Lifecycle.Markdown, Lifecycle.EndOfSeason, Lifecycle.Archived],
        [Lifecycle.FullPrice] = [Lifecycle.Markdown, Lifecycle.EndOfSeason, Lifecycle.Archived],
        [Lifecycle.Markdown] = [Lifecycle.FullPrice, Lifecycle.EndOfSeason, Lifecycle.Archived],
        [Lifecycle.EndOfSeason] = [Lifecycle.Markdown, Lifecycle.Archived],
        // Carry-over styles come back to full price for a new season.
        [Lifecycle.Archived] = [Lifecycle.FullPrice, Lifecycle.Draft],
    };

    /// <summary>Shown on the storefront (coming-soon styles are shown, not yet sold).</summary>
    public static bool IsListed(Lifecycle stage) => stage is not (Lifecycle.Draft or Lifecycle.Archived);

    public static bool IsPurchasable(Lifecycle stage) =>
        stage is Lifecycle.NewIn or Lifecycle.FullPrice or Lifecycle.Markdown or Lifecycle.EndOfSeason;

    public static bool SellsAtMarkdown(Lifecycle stage) => stage is Lifecycle.Markdown or Lifecycle.EndOfSeason;

    public static bool CanMove(Lifecycle from, Lifecycle to) => from == to || Allowed[from].Contains(to);

    public static IReadOnlyList<Lifecycle> NextStages(Lifecycle from) => Allowed[from];

    /// <summary>
    /// The shortest run of allowed moves from one stage to another (empty when already there, null when unreachable):
    /// an import states where a style should end up, as if someone had clicked through the stages.
    /// </summary>
    public static IReadOnlyList<Lifecycle>? Path(Lifecycle from, Lifecycle to)
    {
        var previous = new Dictionary<Lifecycle, Lifecycle> { [from] = from };
        var queue = new Queue<Lifecycle>([from]);
        while (queue.TryDequeue(out var stage) && stage != to)
        {
            foreach (var next in Allowed[stage].Where(next => previous.TryAdd(next, stage)))
            {
                queue.Enqueue(next);
            }
        }

        if (!previous.ContainsKey(to))
        {
            return null;
        }

        var path = new List<Lifecycle>();
        for (var stage = to; stage != from; stage = previous[stage])
        {
            path.Add(stage);
        }

        path.Reverse();
        return path;
    }
}
