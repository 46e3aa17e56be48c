using System.Globalization;
using CsvHelper;
using Microsoft.EntityFrameworkCore;
using Vetrina.Catalog.Editing;
using Vetrina.Data;
using Vetrina.Kernel;
using static Vetrina.Catalog.Transfer.CatalogCsvColumns;

namespace Vetrina.Catalog.Transfer;

/// <summary>Writes the whole catalogue as CSV in the shape the importer reads back: exporting and importing changes nothing.</summary>
internal sealed class CatalogCsvExporter(VetrinaDbContext db, CatalogEditor editor)
{
    /// <param name="markets">Market codes; the first one's prices also fill Shopify's Variant Price columns.</param>
    public async Task WriteAsync(TextWriter writer, IReadOnlyList<string> markets, CancellationToken cancellationToken)
    {
        var categories = await db.Set<Domain.Category>().AsNoTracking().ToDictionaryAsync(c => c.Id, c => c.Code, cancellationToken);
        var seasons = await db.Set<Domain.Season>().AsNoTracking().ToDictionaryAsync(s => s.Id, s => s.Code, cancellationToken);
        var styles = await editor.Styles().AsNoTracking().OrderBy(s => s.Code).ToListAsync(cancellationToken);

        var columns = ShopifyColumns.Concat(VetrinaColumns).Concat(markets.SelectMany(m => new[] { Price(m), MarkdownPrice(m) })).ToList();
        await using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture, leaveOpen: true);
        foreach (var column in columns)
        {
            csv.WriteField(column);
        }

        await csv.NextRecordAsync();
        foreach (var style in styles)
        {
            var first = true;
            foreach (var colourway in style.Colourways.OrderBy(c => c.Position))
            {
                var images = colourway.Images.OrderBy(i => i.Position).ToList();
                foreach (var (sku, index) in colourway.Skus.OrderBy(s => s.SizePosition).Select((s, i) => (s, i)))
                {
                    var row = new Dictionary<string, string?>
                    {
                        [Handle] = style.HandleFor(Languages.English), [StyleCode] = style.Code,
                        [Option1Name] = "Color", [Option1Value] = colourway.Name.En, [Option2Name] = "Size", [Option2Value] = sku.Size,
                        [VariantSku] = sku.Code, [VariantBarcode] = sku.Gtin,
                        [ColourCode] = colourway.Code, [ColourFamily] = colourway.Family.ToString(), [ColourHex] = colourway.Hex,
                        [ColourIt] = colourway.Name.It, [ColourKo] = colourway.Name.Ko,
                        ["Variant Inventory Policy"] = "deny", ["Variant Requires Shipping"] = "true", ["Variant Taxable"] = "true",
                    };
                    if (style.Prices.FirstOrDefault(p => p.Market == markets[0]) is { } primary)
                    {
                        var selling = primary.SellingPrice(style.Lifecycle);
                        row[VariantPrice] = selling.ToAmountString();
                        row[VariantCompareAtPrice] = selling < primary.FullPrice ? primary.FullPrice.ToAmountString() : null;
                    }

                    if (first)
                    {
                        AddStyleFields(row, style, categories, seasons, markets);
                        first = false;
                    }

                    if (index == 0 && images.Count > 0)
                    {
                        AddImage(row, images[0]);
                    }

                    await WriteRowAsync(csv, columns, row);
                }

                foreach (var image in images.Skip(colourway.Skus.Count > 0 ? 1 : 0))
                {
                    var row = new Dictionary<string, string?> { [Handle] = style.HandleFor(Languages.English), [StyleCode] = style.Code, [ColourCode] = colourway.Code };
                    AddImage(row, image);
                    await WriteRowAsync(csv, columns, row);
                }
            }

            if (first)
            {
                // A style without colourways still gets its row, or an export-import round trip would lose it.
                var row = new Dictionary<string, string?> { [Handle] = style.HandleFor(Languages.English), [StyleCode] = style.Code };
                AddStyleFields(row, style, categories, seasons, markets);
                await WriteRowAsync(csv, columns, row);
            }
        }

        await csv.FlushAsync();
    }

    private static void AddStyleFields(Dictionary<string, string?> row, Domain.Style style, Dictionary<int, string> categories, Dictionary<int, string> seasons,
        IReadOnlyList<string> markets)
    {
        row[Title] = style.Name.En;
        row[TitleIt] = style.Name.It;
        row[TitleKo] = style.Name.Ko;
        row[Body] = style.Description.En;
        row[BodyIt] = style.Description.It;
        row[BodyKo] = style.Description.Ko;
        row[Care] = style.Care.En;
        row[CareIt] = style.Care.It;
        row[CareKo] = style.Care.Ko;
        row[Vendor] = "Vetrina";
        row[ProductType] = categories[style.CategoryId];
        row[Category] = categories[style.CategoryId];
        row[Season] = seasons[style.SeasonId];
        row[Gender] = style.Gender.ToString();
        row[Origin] = style.CountryOfOrigin;
        row[Composition] = Domain.Composition.Format(style.Composition);
        row[Lifecycle] = style.Lifecycle.ToString();
        row[Status] = style.Lifecycle switch
        {
            Contracts.Lifecycle.Draft => "draft",
            Contracts.Lifecycle.Archived => "archived",
            _ => "active",
        };
        row["Published"] = Domain.LifecycleRules.IsListed(style.Lifecycle) ? "true" : "false";
        foreach (var market in markets)
        {
            if (style.Prices.FirstOrDefault(p => p.Market == market) is { } price)
            {
                row[Price(market)] = price.FullPrice.ToAmountString();
                row[MarkdownPrice(market)] = price.MarkdownPrice is { } markdown ? markdown.ToAmountString() : null;
            }
        }
    }

    private static void AddImage(Dictionary<string, string?> row, Domain.ColourwayImage image)
    {
        row[ImageSrc] = image.Url;
        row[ImagePosition] = (image.Position + 1).ToString(CultureInfo.InvariantCulture);
        row[ImageAlt] = image.Alt.En;
        row[ImageAltIt] = image.Alt.It;
        row[ImageAltKo] = image.Alt.Ko;
        row[ImageWidth] = image.Width.ToString(CultureInfo.InvariantCulture);
        row[ImageHeight] = image.Height.ToString(CultureInfo.InvariantCulture);
    }

    private static async Task WriteRowAsync(CsvWriter csv, List<string> columns, Dictionary<string, string?> row)
    {
        foreach (var column in columns)
        {
            csv.WriteField(row.GetValueOrDefault(column) ?? "");
        }

        await csv.NextRecordAsync();
    }

}
