using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Vetrina.Admin.Contracts;
using Vetrina.Catalog.Domain;
using Vetrina.Data;
using Vetrina.Kernel.Security;
using Vetrina.Catalog.Contracts;

namespace Vetrina.Catalog.Pages.Admin;

[Authorize(Policy = StaffPolicies.CatalogueRead)]
internal sealed class StylesModel(VetrinaDbContext db) : AdminPageModel
{
    public const int PageSize = 50;

    public sealed record Row(string Code, string Name, string Category, string Season, Lifecycle Lifecycle, int Colourways, int Skus);

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public Lifecycle? Stage { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public int Total { get; private set; }

    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var query = db.Set<Style>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Q))
        {
            var q = Q.Trim();
            var upper = q.ToUpperInvariant();
            query = query.Where(s => s.Code.Contains(upper) || s.Name.En.Contains(q) || (s.Name.It != null && s.Name.It.Contains(q)) || (s.Name.Ko != null && s.Name.Ko.Contains(q)));
        }

        if (Stage is { } stage)
        {
            query = query.Where(s => s.Lifecycle == stage);
        }

        Total = await query.CountAsync(cancellationToken);
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
        Rows = await (
            from s in query
            join c in db.Set<Category>() on s.CategoryId equals c.Id
            join season in db.Set<Season>() on s.SeasonId equals season.Id
            orderby s.Code
            select new Row(s.Code, s.Name.En, c.Name.En, season.Code, s.Lifecycle, s.Colourways.Count, s.Colourways.SelectMany(cw => cw.Skus).Count()))
            .Skip((PageNumber - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
    }
}
