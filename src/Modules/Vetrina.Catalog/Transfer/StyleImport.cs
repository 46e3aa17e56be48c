using Vetrina.Catalog.Domain;
using Vetrina.Kernel;
using Vetrina.Catalog.Contracts;

namespace Vetrina.Catalog.Transfer;

/// <summary>Applies a checked <see cref="StyleSpec"/> to a style through its own methods, calling only those whose value changes.</summary>
internal static class StyleImport
{
    public static Style Apply(Style? style, StyleSpec spec, ImportContext context, DateTimeOffset now)
    {
        if (style is null)
        {
            // Shopify has no care column; the label on the garment is the truth until someone writes the care text.
            var care = spec.Care ?? new LocalizedText("See the care label.", "Vedi l'etichetta di manutenzione.", "케어 라벨을 확인하세요.");
            style = new Style(spec.Code, spec.Name!, spec.Description!, care,
                spec.CategoryId!.Value, spec.SeasonId!.Value, spec.Gender!.Value, spec.Origin!, spec.Fibres!, now);
        }
        else
        {
            Update(style, spec);
        }

        var chart = context.ChartFor(style.CategoryId);
        foreach (var colour in spec.Colours)
        {
            var colourway = style.Colourways.FirstOrDefault(c => c.Code == colour.Code);
            if (colourway is null)
            {
                colourway = style.AddColourway(colour.Code, colour.Name, colour.Family, colour.Hex);
            }
            else if (colourway.Name != colour.Name)
            {
                style.RenameColourway(colour.Code, colour.Name);
            }

            foreach (var sku in colour.Skus)
            {
                var existing = colourway.Skus.FirstOrDefault(s => string.Equals(s.Size, sku.Size, StringComparison.OrdinalIgnoreCase));
                if (existing is null)
                {
                    style.AddSku(colourway, chart, sku.Size, sku.Gtin);
                }
                else if (existing.Gtin != sku.Gtin)
                {
                    style.ChangeGtin(existing.Code, sku.Gtin);
                }
            }

            foreach (var image in colour.Images)
            {
                var existing = colourway.Images.FirstOrDefault(i => i.Url == image.Url);
                if (existing is null)
                {
                    style.AddImage(colour.Code, image.Url, image.Alt, image.Width, image.Height);
                }
                else if (existing.Alt != image.Alt)
                {
                    style.DescribeImage(colour.Code, existing.Position, image.Alt);
                }
            }
        }

        foreach (var (market, price) in spec.Prices)
        {
            var current = style.Prices.FirstOrDefault(p => p.Market == market);
            if (current is null || current.FullPrice != price.Full || current.MarkdownPrice != price.Markdown)
            {
                style.SetPrice(market, price.Full, price.Markdown, now);
            }
        }

        if (spec.Lifecycle is { } stage && stage != style.Lifecycle)
        {
            foreach (var step in LifecycleRules.Path(style.Lifecycle, stage) ?? [stage])
            {
                style.MoveTo(step, now);
            }
        }

        return style;
    }

    private static void Update(Style style, StyleSpec spec)
    {
        if (spec.Name is { } name && style.Name != name)
        {
            style.Rename(name);
        }

        var description = spec.Description ?? style.Description;
        var care = spec.Care ?? style.Care;
        if (style.Description != description || style.Care != care)
        {
            style.Describe(description, care);
        }

        var category = spec.CategoryId ?? style.CategoryId;
        var season = spec.SeasonId ?? style.SeasonId;
        var gender = spec.Gender ?? style.Gender;
        var origin = spec.Origin ?? style.CountryOfOrigin;
        if (category != style.CategoryId || season != style.SeasonId || gender != style.Gender || origin != style.CountryOfOrigin)
        {
            style.Classify(category, season, gender, origin);
        }

        if (spec.Fibres is { } fibres && !Composition.Normalize(fibres).SequenceEqual(style.Composition))
        {
            style.SetComposition(fibres);
        }
    }

}
