namespace Vetrina.Analytics.Domain;

/// <summary>The slices whose visitors are also kept whole per day and per month, beside the cube's cells.</summary>
internal enum ReachGrouping : byte
{
    All = 0,
    Market = 1,
    Language = 2,
    Channel = 3,
    Device = 4,
}

/// <summary>
/// The distinct visitors and buyers of one slice (the whole shop, or one market, language, channel or device) over a day
/// or a month, as <see cref="VisitorSketch"/>es. A year's users are then 12 months' sketches (and the days of a partial
/// month) rather than the sketches of every cell of every day, and a day's users a number read as it is.
/// </summary>
internal abstract class ReachRow : IVisitorCounts
{
    public long Id { get; set; }

    public ReachGrouping Grouping { get; set; }

    /// <summary>The market, language, channel or device (as named in the cube); empty for the whole shop.</summary>
    public string Value { get; set; } = "";

    public int Users { get; set; }

    public int PurchaseUsers { get; set; }

    public byte[]? Visitors { get; set; }

    public byte[]? Buyers { get; set; }
}

internal sealed class DailyReach : ReachRow
{
    public DateOnly Day { get; set; }
}

/// <summary>A month's reach, merged from its days' whenever one of them is rebuilt.</summary>
internal sealed class MonthlyReach : ReachRow
{
    /// <summary>The month's first day.</summary>
    public DateOnly Month { get; set; }
}
