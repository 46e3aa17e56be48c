using Microsoft.EntityFrameworkCore;
using Vetrina.Catalog.Contracts;
using Vetrina.Catalog.Domain;
using Vetrina.Data;

namespace Vetrina.Catalog.Editing;

internal sealed class CatalogCodes(VetrinaDbContext db) : ICatalogCodes
{
    public Task<SkuCodes?> OfSkuAsync(int skuId, CancellationToken cancellationToken) =>
        (from k in db.Set<Sku>()
         join c in db.Set<Colourway>() on k.ColourwayId equals c.Id
         join s in db.Set<Style>() on c.StyleId equals s.Id
         where k.Id == skuId
         select new SkuCodes(k.Code, s.Code)).FirstOrDefaultAsync(cancellationToken);

    public async Task<IReadOnlyList<string>> ExistingStylesAsync(IReadOnlyCollection<string> styleCodes, CancellationToken cancellationToken) =>
        await db.Set<Style>().Where(s => styleCodes.Contains(s.Code)).Select(s => s.Code).ToListAsync(cancellationToken);

    public async Task<StyleSelection> SelectAsync(string? category, string? season, string? style, CancellationToken cancellationToken)
    {
        var styles = db.Set<Style>().AsNoTracking();
        if (category is not null)
        {
            if (await CategorySubtreeAsync(category, cancellationToken) is not { } ids)
            {
                return new StyleSelection([], UnknownCategory: true, UnknownSeason: false);
            }

            styles = styles.Where(s => ids.Contains(s.CategoryId));
        }

        if (season is not null)
        {
            var upper = season.ToUpperInvariant();
            if (await db.Set<Season>().Where(s => s.Code == upper).Select(s => (int?)s.Id).FirstOrDefaultAsync(cancellationToken) is not { } seasonId)
            {
                return new StyleSelection([], UnknownCategory: false, UnknownSeason: true);
            }

            styles = styles.Where(s => s.SeasonId == seasonId);
        }

        if (style is not null)
        {
            styles = styles.Where(s => s.Code == style);
        }

        var selected = await styles.OrderBy(s => s.Id).Select(s => new { s.Code, Skus = s.Colourways.SelectMany(c => c.Skus).Select(k => new { k.Id, k.Size }).ToList() })
            .ToListAsync(cancellationToken);
        return new StyleSelection([.. selected.Select(s => new SelectedStyle(s.Code, [.. s.Skus.Select(k => new SkuSize(k.Id, k.Size))]))], false, false);
    }

    public async Task<IReadOnlyList<CatalogSku>> AllSkusAsync(CancellationToken cancellationToken) =>
        await (from k in db.Set<Sku>()
               join c in db.Set<Colourway>() on k.ColourwayId equals c.Id
               join s in db.Set<Style>() on c.StyleId equals s.Id
               orderby k.Id
               select new CatalogSku(k.Id, s.TakesPreorders)).ToListAsync(cancellationToken);

    public Task<bool> AnyStyleAsync(CancellationToken cancellationToken) => db.Set<Style>().AnyAsync(cancellationToken);

    private async Task<List<int>?> CategorySubtreeAsync(string code, CancellationToken cancellationToken)
    {
        var categories = await db.Set<Category>().AsNoTracking().Select(c => new { c.Id, c.Code, c.ParentId }).ToListAsync(cancellationToken);
        var root = categories.FirstOrDefault(c => string.Equals(c.Code, code, StringComparison.OrdinalIgnoreCase));
        if (root is null)
        {
            return null;
        }

        var subtree = new HashSet<int> { root.Id };
        for (var grew = true; grew;)
        {
            grew = false;
            foreach (var child in categories.Where(c => c.ParentId is { } parent && subtree.Contains(parent) && !subtree.Contains(c.Id)))
            {
                grew = subtree.Add(child.Id) || grew;
            }
        }

        return [.. subtree];
    }
}
