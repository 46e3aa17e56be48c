namespace Vetrina.Admin.Contracts;

/// <summary>
/// A panel of the back office's home page, contributed by a module (the catalogue's stages, the orders waiting): the
/// shell shows the cards whose policy the signed-in staff member meets, without knowing the modules.
/// </summary>
public interface IBackOfficeCard
{
    /// <summary>Position on the home page, smallest first.</summary>
    int Order { get; }

    /// <summary>The staff policy a person must meet to see the card.</summary>
    string Policy { get; }

    Task<BackOfficeCard> ShowAsync(CancellationToken cancellationToken);
}

/// <summary>
/// What a card shows: headline figures, and optionally a breakdown drawn as bars (each row linking to its list), with
/// a caption that says what the bars compare.
/// </summary>
public sealed record BackOfficeCard(string Title, IReadOnlyList<BackOfficeFigure> Figures, IReadOnlyList<BackOfficeFigure> Breakdown,
    string? BreakdownCaption = null);

public sealed record BackOfficeFigure(string Label, long Value, string? Href = null);
