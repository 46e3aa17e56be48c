namespace Vetrina.Catalog.Contracts;

/// <summary>Where a style stands in its selling life; it decides whether the storefront lists it and at which price.</summary>
public enum Lifecycle
{
    Draft,
    ComingSoon,
    NewIn,
    FullPrice,
    Markdown,
    EndOfSeason,
    Archived,
}
