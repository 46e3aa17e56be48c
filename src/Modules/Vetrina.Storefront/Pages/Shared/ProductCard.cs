using Vetrina.Catalog.Contracts;

namespace Vetrina.Storefront.Pages;

/// <summary>A style in a grid; the first row loads eagerly, the rest lazily.</summary>
internal sealed record ProductCard(StorePageModel Page, StyleView Style, bool Eager);
