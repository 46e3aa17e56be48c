using Vetrina.Catalog.Domain;

namespace Vetrina.Catalog.Editing;

internal enum EditStatus
{
    Saved,
    NotFound,
    Invalid,

    /// <summary>Someone else saved the style since the editor loaded it.</summary>
    Conflict,
}

/// <summary>What became of an edit: the saved style, or why nothing was saved.</summary>
internal sealed record EditOutcome(EditStatus Status, Style? Style = null, string? Error = null)
{
    public static readonly EditOutcome NotFound = new(EditStatus.NotFound);

    public static EditOutcome Saved(Style style) => new(EditStatus.Saved, style);

    public static EditOutcome Invalid(string error) => new(EditStatus.Invalid, Error: error);

    public static EditOutcome Conflict(Style? current) => new(EditStatus.Conflict, current,
        "Someone else saved this style while you were editing. Reload it, then apply your change again.");
}
