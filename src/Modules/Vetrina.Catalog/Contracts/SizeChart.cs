namespace Vetrina.Catalog.Contracts;

/// <summary>
/// One chart per size type: each row is one size in every system. Figures follow the usual Italian-brand charts
/// (IT 42 women = FR/EU 38 = UK 10 = US 6 = KR 66; EU 38 shoe = 240 mm).
/// </summary>
public sealed class SizeChart
{
    private static readonly SizeSystem[] ApparelSystems = [SizeSystem.It, SizeSystem.Intl, SizeSystem.Eu, SizeSystem.Fr, SizeSystem.Uk, SizeSystem.Us, SizeSystem.Kr];
    private static readonly SizeSystem[] LetterSystems = [SizeSystem.Intl, SizeSystem.It, SizeSystem.Eu, SizeSystem.Fr, SizeSystem.Uk, SizeSystem.Us, SizeSystem.Kr];
    private static readonly SizeSystem[] ShoeSystems = [SizeSystem.Eu, SizeSystem.It, SizeSystem.Fr, SizeSystem.Uk, SizeSystem.Us, SizeSystem.Kr];

    private static readonly string[][] WomenApparelRows =
    [
        ["38", "XS", "34", "34", "6", "2", "44"],
        ["40", "S", "36", "36", "8", "4", "55"],
        ["42", "M", "38", "38", "10", "6", "66"],
        ["44", "L", "40", "40", "12", "8", "77"],
        ["46", "XL", "42", "42", "14", "10", "88"],
    ];

    private static readonly string[][] MenApparelRows =
    [
        ["44", "XS", "44", "44", "34", "34", "90"],
        ["46", "S", "46", "46", "36", "36", "95"],
        ["48", "M", "48", "48", "38", "38", "100"],
        ["50", "L", "50", "50", "40", "40", "105"],
        ["52", "XL", "52", "52", "42", "42", "110"],
        ["54", "XXL", "54", "54", "44", "44", "115"],
    ];

    private static readonly string[][] WomenShoeRows =
    [
        ["35", "35", "35", "2", "4", "225"],
        ["36", "36", "36", "3", "5", "230"],
        ["37", "37", "37", "4", "6", "235"],
        ["38", "38", "38", "5", "7", "240"],
        ["39", "39", "39", "6", "8", "245"],
        ["40", "40", "40", "7", "9", "250"],
        ["41", "41", "41", "8", "10", "255"],
    ];

    private static readonly string[][] MenShoeRows =
    [
        ["40", "40", "40", "6", "7", "255"],
        ["41", "41", "41", "7", "8", "260"],
        ["42", "42", "42", "8", "9", "270"],
        ["43", "43", "43", "9", "10", "275"],
        ["44", "44", "44", "10", "11", "285"],
        ["45", "45", "45", "11", "12", "290"],
    ];

    private static readonly Dictionary<SizeType, SizeChart> Charts = new()
    {
        [SizeType.WomenApparel] = new(SizeType.WomenApparel, ApparelSystems, WomenApparelRows),
        [SizeType.WomenLetter] = new(SizeType.WomenLetter, LetterSystems, Reorder(WomenApparelRows)),
        [SizeType.MenApparel] = new(SizeType.MenApparel, ApparelSystems, MenApparelRows),
        [SizeType.MenLetter] = new(SizeType.MenLetter, LetterSystems, Reorder(MenApparelRows)),
        [SizeType.WomenShoes] = new(SizeType.WomenShoes, ShoeSystems, WomenShoeRows),
        [SizeType.MenShoes] = new(SizeType.MenShoes, ShoeSystems, MenShoeRows),
        [SizeType.OneSize] = new(SizeType.OneSize, [SizeSystem.Intl], [["OS"]]),
    };

    private readonly string[][] rows;

    private SizeChart(SizeType type, SizeSystem[] systems, string[][] rows)
    {
        Type = type;
        Systems = systems;
        this.rows = rows;
    }

    public SizeType Type { get; }

    /// <summary>The systems of the chart; the first is the base in which SKUs are labelled.</summary>
    public IReadOnlyList<SizeSystem> Systems { get; }

    public SizeSystem BaseSystem => Systems[0];

    public IReadOnlyList<string> BaseSizes => [.. rows.Select(r => r[0])];

    public IReadOnlyList<IReadOnlyList<string>> Rows => rows;

    public static SizeChart For(SizeType type) => Charts[type];

    public bool Contains(string baseSize) => rows.Any(r => string.Equals(r[0], baseSize, StringComparison.OrdinalIgnoreCase));

    /// <summary>Position of a base size in the run, for sorting sizes the way a shopper reads them (XS before S).</summary>
    public int PositionOf(string baseSize) => Array.FindIndex(rows, r => string.Equals(r[0], baseSize, StringComparison.OrdinalIgnoreCase));

    public string? Convert(string baseSize, SizeSystem to)
    {
        var column = Array.IndexOf([.. Systems], to);
        var row = PositionOf(baseSize);
        return column < 0 || row < 0 ? null : rows[row][column];
    }

    /// <summary>Letter charts are the apparel rows with the INT column moved to the front.</summary>
    private static string[][] Reorder(string[][] apparelRows) =>
        [.. apparelRows.Select(r => (string[])[r[1], r[0], .. r[2..]])];
}
