using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Vetrina.Admin.Contracts;
using Vetrina.Catalog.Transfer;
using Vetrina.Kernel.Security;
using Vetrina.Markets.Contracts;

namespace Vetrina.Catalog.Pages.Admin.Catalog;

[Authorize(Policy = StaffPolicies.CatalogueWrite)]
[RequestSizeLimit(MaxFileBytes + 64 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxFileBytes + 64 * 1024)]
internal sealed class ImportModel(CatalogCsvImporter importer, IMarketDirectory markets) : AdminPageModel
{
    public const int MaxFileBytes = 20 * 1024 * 1024;

    public IReadOnlyList<MarketView> Markets { get; private set; } = [];

    [BindProperty]
    public IFormFile? Upload { get; set; }

    [BindProperty]
    public string Market { get; set; } = "IT";

    [BindProperty]
    public bool CheckOnly { get; set; }

    public ImportReport? Report { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => Markets = await markets.AllAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Markets = await markets.AllAsync(cancellationToken);
        if (Upload is null || Upload.Length == 0)
        {
            ModelState.AddModelError(nameof(Upload), "Choose a CSV file to import.");
        }
        else if (Upload.Length > MaxFileBytes)
        {
            ModelState.AddModelError(nameof(Upload), "The file is over 20 MB. Split it by season or category.");
        }

        if (Markets.All(m => m.Code != Market))
        {
            ModelState.AddModelError(nameof(Market), "Choose the market of the Variant Price column.");
        }

        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        await using var stream = Upload!.OpenReadStream();
        using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        Report = await importer.ImportAsync(reader, Market, Actor, CheckOnly, cancellationToken);
        if (!Report.Succeeded)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        }

        return Page();
    }
}
