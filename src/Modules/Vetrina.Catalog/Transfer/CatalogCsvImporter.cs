using Microsoft.EntityFrameworkCore;
using Vetrina.Catalog.Domain;
using Vetrina.Catalog.Editing;
using Vetrina.Catalog.ReadModel;
using Vetrina.Data;
using Vetrina.Data.Audit;
using Vetrina.Kernel;
using Vetrina.Markets.Contracts;
using Vetrina.Catalog.Contracts;

namespace Vetrina.Catalog.Transfer;

/// <summary>
/// Imports a catalogue CSV all or nothing: every line is checked first and any error rejects the whole file with a
/// line-by-line report; a clean file is applied to the style aggregates and saved in one transaction.
/// </summary>
internal sealed class CatalogCsvImporter(VetrinaDbContext db, CatalogEditor editor, CatalogSnapshotCache snapshots, IMarketDirectory markets,
    TimeProvider clock)
{
    /// <summary>Enough to fix a file in one pass without an endless report.</summary>
    public const int MaxReportedErrors = 500;

    /// <param name="primaryMarket">The market that Shopify's Variant Price and Compare At Price columns are in.</param>
    public async Task<ImportReport> ImportAsync(TextReader reader, string primaryMarket, string actor, bool dryRun, CancellationToken cancellationToken)
    {
        var errors = new List<ImportError>();
        var marketList = await markets.AllAsync(cancellationToken);
        var (_, rows) = await CatalogCsvReader.ReadAsync(reader, [.. marketList.Select(m => m.Code)], errors);
        if (errors.Count > 0)
        {
            return Fail(errors, rows.Count);
        }

        if (rows.Count == 0)
        {
            return Fail([new(2, null, "The file has a header but no products.")], 0);
        }

        var context = await LoadContextAsync(marketList, primaryMarket, cancellationToken);
        var parser = new StyleSpecParser(context, errors);
        var specs = Parse(rows, parser, errors);
        await CheckGtinsAgainstCatalogueAsync(parser.Skus, errors, cancellationToken);

        if (errors.Count > 0)
        {
            return Fail(errors, rows.Count);
        }

        var now = clock.GetUtcNow();
        var codes = specs.Select(s => s.Code).ToList();
        var existing = await editor.Styles().Where(s => codes.Contains(s.Code)).ToDictionaryAsync(s => s.Code, cancellationToken);
        int created = 0, updated = 0, unchanged = 0;
        foreach (var spec in specs)
        {
            try
            {
                var style = existing.GetValueOrDefault(spec.Code);
                var revision = style?.Revision;
                style = StyleImport.Apply(style, spec, context, now);
                if (revision is null)
                {
                    db.Add(style);
                    created++;
                    db.AuditLog.Add(new AuditEntry(now, actor, "style.imported", CatalogEditor.Subject(style), $"Created from CSV line {spec.Line}."));
                }
                else if (style.Revision != revision)
                {
                    updated++;
                    db.AuditLog.Add(new AuditEntry(now, actor, "style.imported", CatalogEditor.Subject(style), $"Updated from CSV line {spec.Line}."));
                }
                else
                {
                    unchanged++;
                }
            }
            catch (DomainException e)
            {
                errors.Add(new(spec.Line, null, e.Message));
            }
        }

        if (errors.Count > 0 || dryRun)
        {
            db.ChangeTracker.Clear();
            return errors.Count > 0 ? Fail(errors, rows.Count) : new ImportReport([], rows.Count, created, updated, unchanged, Saved: false);
        }

        db.AuditLog.Add(new AuditEntry(now, actor, "catalogue.imported", "catalogue",
            $"{rows.Count} lines: {created} styles created, {updated} updated, {unchanged} unchanged."));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return Fail([new(0, null, "Someone changed the catalogue while the file was imported, so nothing was saved. Import the file again.")], rows.Count);
        }

        await snapshots.InvalidateAsync(cancellationToken);
        return new ImportReport([], rows.Count, created, updated, unchanged, Saved: true);
    }

    private static List<StyleSpec> Parse(IReadOnlyList<CsvRow> rows, StyleSpecParser parser, List<ImportError> errors)
    {
        var specs = new List<StyleSpec>();
        var codes = new Dictionary<string, int>();
        foreach (var row in rows.Where(r => r[CatalogCsvColumns.Handle] is null))
        {
            errors.Add(new(row.Line, CatalogCsvColumns.Handle, "Every line needs the Handle of the product it belongs to."));
        }

        foreach (var group in rows.Where(r => r[CatalogCsvColumns.Handle] is not null)
                     .GroupBy(r => r[CatalogCsvColumns.Handle]!.ToLowerInvariant()))
        {
            var spec = parser.Parse([.. group]);
            if (spec is null)
            {
                continue;
            }

            if (codes.TryGetValue(spec.Code, out var line))
            {
                errors.Add(new(spec.Line, CatalogCsvColumns.StyleCode, $"Style {spec.Code} is also the product on line {line}; a style appears under one Handle."));
                continue;
            }

            codes[spec.Code] = spec.Line;
            specs.Add(spec);
        }

        return specs;
    }

    /// <summary>A GTIN in the file that the catalogue gives to another SKU is reported on its line, not as a failed save.</summary>
    private async Task CheckGtinsAgainstCatalogueAsync(List<(string Code, string Gtin, int Line)> wanted, List<ImportError> errors,
        CancellationToken cancellationToken)
    {
        var gtins = wanted.Select(w => w.Gtin).ToList();
        var owners = await db.Set<Sku>().AsNoTracking().Where(s => gtins.Contains(s.Gtin)).Select(s => new { s.Gtin, s.Code })
            .ToDictionaryAsync(s => s.Gtin, s => s.Code, cancellationToken);
        foreach (var (code, gtin, line) in wanted)
        {
            if (owners.TryGetValue(gtin, out var owner) && owner != code)
            {
                errors.Add(new(line, CatalogCsvColumns.VariantBarcode, $"GTIN {gtin} already belongs to SKU {owner}."));
            }
        }
    }

    private async Task<ImportContext> LoadContextAsync(IReadOnlyList<MarketView> marketList, string primaryMarket, CancellationToken cancellationToken)
    {
        var categories = await db.Set<Category>().AsNoTracking().OrderBy(c => c.Position).ToListAsync(cancellationToken);
        var seasons = await db.Set<Season>().AsNoTracking().OrderBy(s => s.StartsOn).ToListAsync(cancellationToken);
        var handles = await (
            from h in db.Set<StyleHandle>().AsNoTracking()
            join s in db.Set<Style>() on h.StyleId equals s.Id
            where h.Language == Languages.English && h.IsCurrent
            select new { h.Value, s.Code }).ToListAsync(cancellationToken);
        var existing = await db.Set<Style>().AsNoTracking().Select(s => new { s.Code, s.CategoryId, s.Lifecycle }).ToListAsync(cancellationToken);
        return new ImportContext(categories, seasons, marketList.ToDictionary(m => m.Code, m => m.Currency), primaryMarket,
            handles.ToDictionary(h => h.Value, h => h.Code), existing.ToDictionary(s => s.Code, s => (s.CategoryId, s.Lifecycle)));
    }

    private static ImportReport Fail(List<ImportError> errors, int rows) =>
        ImportReport.Failed([.. errors.OrderBy(e => e.Line).Take(MaxReportedErrors)], rows);
}
