namespace Vetrina.Catalog.Contracts;

/// <summary>
/// One chart per size type: each row is one size in every system, with the body it fits in centimetres. Figures follow
/// the usual Italian-brand charts (IT 42 women = FR/EU 38 = UK 10 = US 6 = KR 66, chest 88 cm; EU 38 shoe = 240 mm,
/// a 24 cm foot: Korean shoe sizes are the foot's length in millimetres).
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

    private static readonly BodyMeasure[] ApparelMeasures = [BodyMeasure.Chest, BodyMeasure.Waist, BodyMeasure.Hips, BodyMeasure.InsideLeg];
    private static readonly BodyMeasure[] ShoeMeasures = [BodyMeasure.FootLength];

    private static readonly decimal[][] WomenBody =
    [
        [80, 62, 88, 79],
        [84, 66, 92, 80],
        [88, 70, 96, 81],
        [92, 74, 100, 82],
        [96, 78, 104, 83],
    ];

    private static readonly decimal[][] MenBody =
    [
        [88, 76, 92, 81],
        [92, 80, 96, 82],
        [96, 84, 100, 83],
        [100, 88, 104, 84],
        [104, 92, 108, 85],
        [108, 96, 112, 86],
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
        [SizeType.WomenApparel] = new(SizeType.WomenApparel, ApparelSystems, WomenApparelRows, ApparelMeasures, WomenBody),
        [SizeType.WomenLetter] = new(SizeType.WomenLetter, LetterSystems, Reorder(WomenApparelRows), ApparelMeasures, WomenBody),
        [SizeType.MenApparel] = new(SizeType.MenApparel, ApparelSystems, MenApparelRows, ApparelMeasures, MenBody),
        [SizeType.MenLetter] = new(SizeType.MenLetter, LetterSystems, Reorder(MenApparelRows), ApparelMeasures, MenBody),
        [SizeType.WomenShoes] = new(SizeType.WomenShoes, ShoeSystems, WomenShoeRows, ShoeMeasures, FootLengths(WomenShoeRows)),
        [SizeType.MenShoes] = new(SizeType.MenShoes, ShoeSystems, MenShoeRows, ShoeMeasures, FootLengths(MenShoeRows)),
        [SizeType.OneSize] = new(SizeType.OneSize, [SizeSystem.Intl], [["OS"]], [], [[]]),
    };

    private readonly string[][] rows;
    private readonly decimal[][] body;

    private SizeChart(SizeType type, SizeSystem[] systems, string[][] rows, BodyMeasure[] measures, decimal[][] body)
    {
        Type = type;
        Systems = systems;
        Measures = measures;
        this.rows = rows;
        this.body = body;
    }

    public SizeType Type { get; }

    /// <summary>The systems of the chart; the first is the base in which SKUs are labelled.</summary>
    public IReadOnlyList<SizeSystem> Systems { get; }

    public SizeSystem BaseSystem => Systems[0];

    public IReadOnlyList<string> BaseSizes => [.. rows.Select(r => r[0])];

    public IReadOnlyList<IReadOnlyList<string>> Rows => rows;

    /// <summary>The body measurements the chart gives, in the order of <see cref="Body"/>'s columns.</summary>
    public IReadOnlyList<BodyMeasure> Measures { get; }

    /// <summary>Per row of <see cref="Rows"/>, the body it fits in centimetres, one figure per measure.</summary>
    public IReadOnlyList<IReadOnlyList<decimal>> Body => body;

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

    /// <summary>A Korean shoe size is the foot's length in millimetres; the chart gives it in centimetres.</summary>
    private static decimal[][] FootLengths(string[][] shoeRows) => [.. shoeRows.Select(r => new[] { decimal.Parse(r[^1], System.Globalization.CultureInfo.InvariantCulture) / 10 })];

    /// <summary>Letter charts are the apparel rows with the INT column moved to the front.</summary>
    private static string[][] Reorder(string[][] apparelRows) =>
        [.. apparelRows.Select(r => (string[])[r[1], r[0], .. r[2..]])];
}
