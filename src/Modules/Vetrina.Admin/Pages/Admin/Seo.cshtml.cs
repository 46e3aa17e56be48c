using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Vetrina.Admin.Contracts;
using Vetrina.Catalog.ReadModel;
using Vetrina.Catalog.Seo;
using Vetrina.Content.Articles;
using Vetrina.Kernel;
using Vetrina.Kernel.Security;

namespace Vetrina.Admin.Pages.Admin;

/// <summary>The SEO audit of the published catalogue and posts, by issue and language, each finding linked to where it is fixed.</summary>
[Authorize(Policy = StaffPolicies.CatalogueRead)]
public sealed class SeoModel(CatalogSnapshotCache snapshots, ArticleDirectory articles) : AdminPageModel
{
    [BindProperty(SupportsGet = true)]
    public SeoIssue? Issue { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Language { get; set; }

    public IReadOnlyList<SeoFinding> All { get; private set; } = [];

    public IReadOnlyList<SeoFinding> Shown { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        All = [.. SeoAudit.Run(await snapshots.GetAsync(cancellationToken)), .. ContentAudit.Run(await articles.AllPublishedAsync(cancellationToken))];
        Shown = [.. All.Where(f => (Issue is null || f.Issue == Issue) && (!Languages.IsSupported(Language) || f.Language == Language))];
    }
}
