using System.Security.Claims;

namespace Vetrina.Admin.Contracts;

/// <summary>
/// A panel of the back office's home page, contributed by a module (the catalogue's stages, the orders waiting): the
/// shell shows the cards the signed-in staff member may see, without knowing the modules.
/// </summary>
public interface IBackOfficeCard
{
    /// <summary>Position on the home page, smallest first.</summary>
    int Order { get; }

    /// <summary>The card for this staff member, or null when it is not for them.</summary>
    Task<BackOfficeCard?> ShowAsync(ClaimsPrincipal staff, CancellationToken cancellationToken);
}

/// <summary>What a card shows: a heading, figures with their labels, and where to go for more.</summary>
public sealed record BackOfficeCard(string Title, IReadOnlyList<BackOfficeFigure> Figures, string? Href = null, string? LinkText = null);

public sealed record BackOfficeFigure(string Label, string Value);
