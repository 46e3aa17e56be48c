using Vetrina.Catalog.Contracts;

namespace Vetrina.Storefront.Pages;

/// <summary>A style in a grid; the first row loads eagerly, the rest lazily.</summary>
internal sealed record ProductCard(StorePageModel Page, StyleView Style, bool Eager)
{
    /// <summary>
    /// A card's width: half the phone's less the page's padding and the gap (a 412 px phone at 1.75× then takes the
    /// 360 px copy, not the 540), a quarter from 768 px, and no more than 290 px once the page stops growing.
    /// </summary>
    public const string Sizes = "(min-width: 1232px) 290px, (min-width: 768px) calc(25vw - 1.5rem), calc(50vw - 1.4rem)";
}
