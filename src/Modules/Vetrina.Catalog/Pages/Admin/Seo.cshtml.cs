using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Vetrina.Admin.Contracts;
using Vetrina.Catalog.Contracts;
using Vetrina.Kernel;
using Vetrina.Kernel.Security;

namespace Vetrina.Catalog.Pages.Admin;

/// <summary>The SEO audit of the published catalogue and posts, by issue and language, each finding linked to where it is fixed.</summary>
[Authorize(Policy = StaffPolicies.CatalogueRead)]
internal sealed class SeoModel(IEnumerable<ISeoAuditSource> sources) : AdminPageModel
{
    [BindProperty(SupportsGet = true)]
    public SeoIssue? Issue { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Language { get; set; }

    public IReadOnlyList<SeoFinding> All { get; private set; } = [];

    public IReadOnlyList<SeoFinding> Shown { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var findings = new List<SeoFinding>();
        foreach (var source in sources)
        {
            findings.AddRange(await source.FindAsync(cancellationToken));
        }

        All = findings;
        Shown = [.. All.Where(f => (Issue is null || f.Issue == Issue) && (!Languages.IsSupported(Language) || f.Language == Language))];
    }
}
