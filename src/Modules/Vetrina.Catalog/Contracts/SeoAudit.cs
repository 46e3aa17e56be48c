namespace Vetrina.Catalog.Contracts;

/// <summary>What the audit looks for on the shop's pages.</summary>
public enum SeoIssue
{
    /// <summary>A product page in Italian or Korean shows English: its name, description or address is not translated.</summary>
    MissingTranslation,

    /// <summary>Two product pages in one language carry the same title: search engines pick one and drop the other.</summary>
    DuplicateTitle,

    /// <summary>A description too short to rank (fewer than the audit's minimum of words).</summary>
    ThinPage,

    /// <summary>A product image whose alternative text is not written in the language: screen readers and image search get English.</summary>
    ImageWithoutAlt,

    /// <summary>A collection that lists no product: its page, linked from the menu, is empty.</summary>
    EmptyCollection,

    /// <summary>
    /// An old product address that no longer leads anywhere (its product is gone) or now belongs to another product.
    /// Chains cannot form: every old address redirects in one step to its product's current one.
    /// </summary>
    BrokenRedirect,
}

/// <summary>One problem, where it is, and the page of the back office (or the shop) where it is fixed.</summary>
public sealed record SeoFinding(SeoIssue Issue, string Language, string Subject, string Detail, string FixPath);

/// <summary>
/// Something the SEO audit checks: the catalogue checks itself, and a module with pages of its own in the shop (the
/// blog, help pages) registers its own source, so the back office's audit lists every page of the shop.
/// </summary>
public interface ISeoAuditSource
{
    Task<IReadOnlyList<SeoFinding>> FindAsync(CancellationToken cancellationToken);
}
