using Microsoft.EntityFrameworkCore;
using Vetrina.Admin.Contracts;
using Vetrina.Catalog.Domain;
using Vetrina.Data;
using Vetrina.Kernel;
using Vetrina.Kernel.Security;
using Vetrina.Catalog.Contracts;

namespace Vetrina.Catalog.Pages.Admin;

/// <summary>The home page's catalogue panel: styles and SKUs, and the styles at each lifecycle stage.</summary>
internal sealed class CatalogueCard(VetrinaDbContext db) : IBackOfficeCard
{
    public int Order => 10;

    public string Policy => StaffPolicies.CatalogueRead;

    public async Task<BackOfficeCard> ShowAsync(CancellationToken cancellationToken)
    {
        var counts = await db.Set<Style>().GroupBy(s => s.Lifecycle).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var stages = Enum.GetValues<Lifecycle>().Select(stage => new BackOfficeFigure(stage.Label(), counts.FirstOrDefault(c => c.Key == stage)?.Count ?? 0,
            $"/admin/styles?stage={stage}")).ToList();
        var skus = await db.Set<Sku>().CountAsync(cancellationToken);
        return new BackOfficeCard("Catalogue", [new("styles", stages.Sum(s => s.Value)), new("SKUs", skus)], stages, "Styles by lifecycle stage");
    }
}
