using Microsoft.EntityFrameworkCore;
using Vetrina.Catalog.Domain;
using Vetrina.Data;
using Vetrina.Catalog.Contracts;

namespace Vetrina.Catalog.ReadModel;

/// <summary>Reads the listed catalogue out of the database into a <see cref="CatalogSnapshot"/>.</summary>
internal sealed class CatalogSnapshotBuilder(VetrinaDbContext db, TimeProvider clock)
{
    public async Task<CatalogSnapshot> BuildAsync(CancellationToken cancellationToken)
    {
        var categories = await db.Set<Category>().AsNoTracking().OrderBy(c => c.Position).ToListAsync(cancellationToken);
        var seasons = await db.Set<Season>().AsNoTracking().OrderBy(s => s.StartsOn).ToListAsync(cancellationToken);
        var collections = await db.Set<Collection>().AsNoTracking().Include(c => c.Items).OrderBy(c => c.Position).ToListAsync(cancellationToken);
        var listed = new[] { Lifecycle.ComingSoon, Lifecycle.NewIn, Lifecycle.FullPrice, Lifecycle.Markdown, Lifecycle.EndOfSeason };
        var styles = await db.Set<Style>().AsNoTracking()
            .Where(s => listed.Contains(s.Lifecycle))
            .Include(s => s.Colourways).ThenInclude(c => c.Skus)
            .Include(s => s.Colourways).ThenInclude(c => c.Images)
            .Include(s => s.Prices)
            .Include(s => s.Handles)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);

        var markedDown = styles.Where(s => s.MarkdownSince is not null).ToList();
        var firstSkus = markedDown.Select(s => s.Colourways.SelectMany(c => c.Skus).Select(k => k.Id).FirstOrDefault()).Where(id => id != 0).ToList();
        var history = await db.Set<PriceHistoryEntry>().AsNoTracking()
            .Where(h => firstSkus.Contains(h.SkuId))
            .ToListAsync(cancellationToken);
        var historyBySku = history.ToLookup(h => h.SkuId);

        var categoryById = categories.ToDictionary(c => c.Id);
        var seasonById = seasons.ToDictionary(s => s.Id);

        var styleViews = styles
            .OrderByDescending(s => s.CreatedAt).ThenBy(s => s.Code)
            .Select(s => ToView(s, categoryById, seasonById, historyBySku))
            .ToList();

        return new CatalogSnapshot
        {
            BuiltAt = clock.GetUtcNow(),
            Styles = styleViews,
            Categories = [.. categories.Select(c => new CategoryView(c.Id, c.ParentId, c.Code, c.Name, c.Level, c.SizeType))],
            Seasons = [.. seasons.Select(s => new SeasonView(s.Id, s.Code, s.Name, s.EndsOn))],
            Collections = [.. collections.Select(c => new CollectionView(c.Id, c.Title, c.Handle, c.Description, c.Rule,
                [.. c.Items.OrderBy(i => i.Position).Select(i => i.StyleId)], c.IsFeatured, c.Position))],
            RetiredHandles = [.. styles.SelectMany(s => s.Handles.Where(h => !h.IsCurrent).Select(h => new RetiredHandle(s.Id, h.Language, h.Value)))],
        };
    }

    private static StyleView ToView(Style style, Dictionary<int, Category> categories, Dictionary<int, Season> seasons, ILookup<int, PriceHistoryEntry> history)
    {
        var path = new List<int>();
        for (Category? c = categories.GetValueOrDefault(style.CategoryId); c is not null; c = c.ParentId is { } p ? categories.GetValueOrDefault(p) : null)
        {
            path.Insert(0, c.Id);
        }

        var firstSku = style.Colourways.SelectMany(c => c.Skus).FirstOrDefault();
        var prices = style.Prices.Select(p =>
        {
            var selling = p.SellingPrice(style.Lifecycle);
            long? lowest = null;
            if (style.MarkdownSince is { } since && firstSku is not null && selling < p.FullPrice)
            {
                var marketHistory = history[firstSku.Id].Where(h => h.Market == p.Market).Select(h => (h.Price, h.EffectiveFrom));
                lowest = OmnibusPrice.LowestPriorPrice(marketHistory, since)?.Minor;
            }

            return new PriceView(p.Market, p.Currency, p.FullAmount, p.MarkdownAmount, selling.Minor, lowest);
        }).ToList();

        var category = categories[style.CategoryId];
        return new StyleView(
            style.Id,
            style.Code,
            style.Name,
            style.Description,
            style.Care,
            new Kernel.LocalizedText(style.HandleFor(Kernel.Languages.English), style.HandleFor(Kernel.Languages.Italian), style.HandleFor(Kernel.Languages.Korean)),
            style.CategoryId,
            path,
            style.SeasonId,
            seasons[style.SeasonId].Code,
            style.Gender,
            style.Lifecycle,
            style.TakesPreorders,
            style.CountryOfOrigin,
            style.Composition,
            category.SizeType,
            prices,
            [.. style.Colourways.OrderBy(c => c.Position).Select(c => new ColourwayView(c.Id, c.Code, c.Name, c.Family, c.Hex,
                [.. c.Images.OrderBy(i => i.Position).Select(i => new ImageView(i.Url, i.Alt, i.Width, i.Height))],
                [.. c.Skus.OrderBy(k => k.SizePosition).Select(k => new SkuView(k.Id, k.Code, k.Size, k.SizePosition, k.Gtin))]))],
            style.CreatedAt,
            style.Revision,
            style.MarkdownSince);
    }
}
