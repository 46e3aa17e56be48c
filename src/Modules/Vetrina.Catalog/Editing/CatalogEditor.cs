using Microsoft.EntityFrameworkCore;
using Vetrina.Catalog.Domain;
using Vetrina.Catalog.ReadModel;
using Vetrina.Data;
using Vetrina.Data.Audit;

namespace Vetrina.Catalog.Editing;

/// <summary>
/// The one way staff change a style, whether from the back office, the API or an import: it loads the aggregate,
/// applies the change, writes the audit entry in the same transaction, and drops the cached catalogue so the
/// storefront shows the change.
/// </summary>
internal sealed class CatalogEditor(VetrinaDbContext db, CatalogSnapshotCache snapshots, TimeProvider clock)
{
    /// <summary>A change applied to a loaded style; it returns the audit text (what changed, in words).</summary>
    public delegate string StyleChange(Style style, DateTimeOffset now);

    public Task<Style?> LoadAsync(string code, CancellationToken cancellationToken = default)
    {
        var normalized = code.Trim().ToUpperInvariant();
        return Styles().FirstOrDefaultAsync(s => s.Code == normalized, cancellationToken);
    }

    public IQueryable<Style> Styles() => db.Set<Style>()
        .Include(s => s.Colourways).ThenInclude(c => c.Skus)
        .Include(s => s.Colourways).ThenInclude(c => c.Images)
        .Include(s => s.Prices)
        .Include(s => s.Handles)
        .AsSplitQuery();

    public async Task<EditOutcome> EditAsync(string code, int? expectedRevision, string actor, string action, StyleChange change,
        CancellationToken cancellationToken = default)
    {
        var style = await LoadAsync(code, cancellationToken);
        if (style is null)
        {
            return EditOutcome.NotFound;
        }

        if (expectedRevision is { } revision && revision != style.Revision)
        {
            return EditOutcome.Conflict(style);
        }

        var now = clock.GetUtcNow();
        string details;
        try
        {
            details = change(style, now);
            await EnsureUniqueGtinsAsync([style], cancellationToken);
        }
        catch (DomainException e)
        {
            db.ChangeTracker.Clear();
            return EditOutcome.Invalid(e.Message);
        }

        db.AuditLog.Add(new AuditEntry(now, actor, action, Subject(style), details));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return EditOutcome.Conflict(await LoadAsync(code, cancellationToken));
        }

        await snapshots.InvalidateAsync(cancellationToken);
        return EditOutcome.Saved(style);
    }

    public async Task<EditOutcome> CreateAsync(string actor, Func<DateTimeOffset, Style> create, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        Style style;
        try
        {
            style = create(now);
            if (await db.Set<Style>().AnyAsync(s => s.Code == style.Code, cancellationToken))
            {
                throw new DomainException($"A style with the code {style.Code} exists already.");
            }

            await EnsureUniqueGtinsAsync([style], cancellationToken);
        }
        catch (DomainException e)
        {
            return EditOutcome.Invalid(e.Message);
        }

        db.Add(style);
        db.AuditLog.Add(new AuditEntry(now, actor, "style.created", Subject(style), $"Created {style.Code} \"{style.Name.En}\"."));
        await db.SaveChangesAsync(cancellationToken);
        await snapshots.InvalidateAsync(cancellationToken);
        return EditOutcome.Saved(style);
    }

    public static string Subject(Style style) => $"style:{style.Code}";

    /// <summary>GTINs are unique across the catalogue; a clear message beats a unique-index violation.</summary>
    public async Task EnsureUniqueGtinsAsync(IReadOnlyCollection<Style> styles, CancellationToken cancellationToken)
    {
        var skus = styles.SelectMany(s => s.Colourways).SelectMany(c => c.Skus).ToList();
        var repeated = skus.GroupBy(s => s.Gtin).FirstOrDefault(g => g.Count() > 1);
        if (repeated is not null)
        {
            throw new DomainException($"GTIN {repeated.Key} is given to more than one SKU ({string.Join(", ", repeated.Select(s => s.Code))}).");
        }

        var gtins = skus.Select(s => s.Gtin).ToList();
        var codes = skus.Select(s => s.Code).ToList();
        var taken = await db.Set<Sku>().AsNoTracking()
            .Where(s => gtins.Contains(s.Gtin) && !codes.Contains(s.Code))
            .Select(s => new { s.Gtin, s.Code })
            .FirstOrDefaultAsync(cancellationToken);
        if (taken is not null)
        {
            throw new DomainException($"GTIN {taken.Gtin} already belongs to SKU {taken.Code}.");
        }
    }
}
