using Vetrina.Catalog.Contracts;
using Vetrina.Catalog.ReadModel;
using Vetrina.Kernel;

namespace Vetrina.Catalog.Seo;

/// <summary>
/// The SEO audit of the catalogue as the shop publishes it, per language: untranslated pages, duplicate titles, thin
/// descriptions, images without alt text in the language, empty collections and old addresses that lead nowhere or
/// elsewhere. The catalogue itself already refuses a style without an English name, description or image alt text, and
/// a SKU without a valid GTIN, so those cannot be missing.
/// </summary>
internal static class SeoAudit
{
    public const int ThinWords = 20;

    public static IReadOnlyList<SeoFinding> Run(CatalogSnapshot snapshot)
    {
        var findings = new List<SeoFinding>();
        foreach (var language in Languages.All)
        {
            foreach (var style in snapshot.Styles)
            {
                var edit = $"/admin/styles/{Uri.EscapeDataString(style.Code)}";
                var subject = $"{style.Code} {style.Name.Get(language)}";
                var untranslated = new[] { ("name", style.Name), ("description", style.Description), ("address", style.Handle) }
                    .Where(f => !f.Item2.Has(language)).Select(f => f.Item1).ToList();
                if (untranslated.Count > 0)
                {
                    findings.Add(new(SeoIssue.MissingTranslation, language, subject, $"No {string.Join(", ", untranslated)} in {language}: the page shows English.", edit));
                }

                var words = style.Description.Get(language).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
                if (words < ThinWords && language != Languages.Korean)
                {
                    // Korean words run longer and are fewer: its pages are judged by the English and Italian ones.
                    findings.Add(new(SeoIssue.ThinPage, language, subject, $"The description has {words} words; write at least {ThinWords}.", edit));
                }

                foreach (var colourway in style.Colourways.Where(c => c.Images.Any(i => !i.Alt.Has(language))))
                {
                    var missing = colourway.Images.Count(i => !i.Alt.Has(language));
                    findings.Add(new(SeoIssue.ImageWithoutAlt, language, subject, $"{missing} image(s) of {colourway.Code} have no alt text in {language}.", edit));
                }
            }

            foreach (var same in snapshot.Styles.GroupBy(s => s.Name.Get(language).Trim(), StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
            {
                findings.AddRange(same.Select(s => new SeoFinding(SeoIssue.DuplicateTitle, language, $"{s.Code} {s.Name.Get(language)}",
                    $"{same.Count()} products are called \"{same.Key}\": name them apart (fit, fabric, colour).", $"/admin/styles/{Uri.EscapeDataString(s.Code)}")));
            }

            var owners = snapshot.Styles.GroupBy(s => s.Handle.Get(language), StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
            foreach (var retired in snapshot.RetiredHandles.Where(r => r.Language == language))
            {
                var target = snapshot.FindStyle(retired.StyleId);
                var detail = target is null
                    ? "The product this old address led to is no longer in the shop: visitors find a missing page."
                    : owners.TryGetValue(retired.Handle, out var owner) && owner.Id != target.Id
                        ? $"This old address of {target.Code} is now {owner.Code}'s: links to the old product land on another one."
                        : null;
                if (detail is not null)
                {
                    findings.Add(new(SeoIssue.BrokenRedirect, language, $"/{language}/products/{retired.Handle}", detail,
                        target is null ? "/admin/styles" : $"/admin/styles/{Uri.EscapeDataString(target.Code)}"));
                }
            }

            foreach (var collection in snapshot.Collections.Where(c => !snapshot.StylesIn(c).Any()))
            {
                findings.Add(new(SeoIssue.EmptyCollection, language, collection.Title.Get(language), "The collection lists no product: its page is empty.",
                    $"/{language}/collections/{Uri.EscapeDataString(collection.Handle.Get(language))}"));
            }
        }

        return findings;
    }
}
