using Vetrina.Catalog.Contracts;

namespace Vetrina.Catalog.Domain;

/// <summary>
/// A fibre composition as the EU textile label shows it: whole percentages adding up to 100, each fibre once,
/// listed from the largest share down.
/// </summary>
internal static class Composition
{
    public static IReadOnlyList<string> Validate(IReadOnlyCollection<FibreShare> shares)
    {
        var errors = new List<string>();
        if (shares.Count == 0)
        {
            errors.Add("A composition needs at least one fibre.");
            return errors;
        }

        if (shares.Any(s => s.Percent is < 1 or > 100))
        {
            errors.Add("Each fibre share lies between 1 and 100 percent.");
        }

        if (shares.GroupBy(s => s.Fibre).Any(g => g.Count() > 1))
        {
            errors.Add("A fibre appears more than once.");
        }

        var total = shares.Sum(s => s.Percent);
        if (total != 100)
        {
            errors.Add($"Fibre shares add up to {total}%, not 100%.");
        }

        return errors;
    }

    public static IReadOnlyList<FibreShare> Normalize(IEnumerable<FibreShare> shares) =>
        [.. shares.OrderByDescending(s => s.Percent).ThenBy(s => s.Fibre)];

    /// <summary>The fibre a shopper filters by: the largest share.</summary>
    public static Fibre MainFibre(IReadOnlyList<FibreShare> shares) => Normalize(shares)[0].Fibre;

    /// <summary>Parses "80% wool, 20% cashmere" (the form the CSV import uses).</summary>
    public static bool TryParse(string text, out IReadOnlyList<FibreShare> shares, out string? error)
    {
        var list = new List<FibreShare>();
        shares = list;
        foreach (var part in text.Split([',', ';', '/'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var pieces = part.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (pieces.Length != 2
                || !int.TryParse(pieces[0].TrimEnd('%'), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var percent)
                || !Enum.TryParse<Fibre>(pieces[1], ignoreCase: true, out var fibre)
                || int.TryParse(pieces[1], out _))
            {
                error = $"'{part}' is not of the form '80% wool'.";
                return false;
            }

            list.Add(new FibreShare(fibre, percent));
        }

        var problems = Validate(list);
        error = problems.Count > 0 ? string.Join(' ', problems) : null;
        return error is null;
    }

    public static string Format(IEnumerable<FibreShare> shares) =>
        string.Join(", ", Normalize(shares).Select(s => $"{s.Percent}% {s.Fibre.ToString().ToLowerInvariant()}"));
}
