using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Vetrina.Admin.Contracts;
using Vetrina.Catalog.Domain;
using Vetrina.Catalog.Contracts;
using Vetrina.Catalog.Editing;
using Vetrina.Catalog.Media;
using Vetrina.Data;
using Vetrina.Kernel;
using Vetrina.Kernel.Security;
using Vetrina.Markets.Contracts;

namespace Vetrina.Catalog.Pages.Admin;

/// <summary>
/// One style on one page: details and translations, lifecycle, prices per market, colourways with images and SKUs.
/// Each form carries the revision it was loaded at, so a concurrent save is reported instead of overwritten.
/// </summary>
[Authorize(Policy = StaffPolicies.CatalogueRead)]
[RequestSizeLimit(ImageUploads.MaxBytes + 64 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = ImageUploads.MaxBytes + 64 * 1024)]
internal sealed class StyleEditModel(CatalogEditor editor, VetrinaDbContext db, IMarketDirectory markets, IAuthorizationService authorization,
    ImageUploads uploads)
    : AdminPageModel
{
    [BindProperty(SupportsGet = true)]
    public string Code { get; set; } = "";

    public Style Style { get; private set; } = null!;

    public StyleDetailsInput Details { get; private set; } = new();

    public IReadOnlyList<Category> Categories { get; private set; } = [];

    public IReadOnlyList<Season> Seasons { get; private set; } = [];

    public IReadOnlyList<MarketView> Markets { get; private set; } = [];

    public SizeChart Chart { get; private set; } = null!;

    public bool CanWrite { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        Details = StyleDetailsInput.From(Style);
        return Page();
    }

    public async Task<IActionResult> OnPostDetailsAsync(StyleDetailsInput details, CancellationToken cancellationToken)
    {
        var (errors, fibres) = details.Validate(isNew: false);
        if (errors.Count > 0)
        {
            return await Invalid(errors, details, cancellationToken);
        }

        return await SaveAsync("details", details.Revision, "style.details-changed", (style, _) =>
        {
            var before = StyleDetailsInput.From(style);
            if (style.Name != details.Name())
            {
                style.Rename(details.Name());
            }

            style.Describe(details.Description(), details.Care());
            style.Classify(details.CategoryId, details.SeasonId, details.Gender, details.Origin!);
            style.SetComposition(fibres);
            return Changes(before, StyleDetailsInput.From(style));
        }, details, cancellationToken);
    }

    public Task<IActionResult> OnPostLifecycleAsync(int revision, Lifecycle stage, CancellationToken cancellationToken) =>
        SaveAsync("lifecycle", revision, "style.lifecycle-changed", (style, now) =>
        {
            var before = style.Lifecycle;
            style.MoveTo(stage, now);
            return $"Lifecycle {before} -> {stage}.";
        }, null, cancellationToken);

    public Task<IActionResult> OnPostPreordersAsync(int revision, bool open, CancellationToken cancellationToken) =>
        SaveAsync("lifecycle", revision, "style.preorders-changed", (style, _) =>
        {
            style.TakePreorders(open);
            return open ? "Pre-orders opened." : "Pre-orders closed.";
        }, null, cancellationToken);

    public async Task<IActionResult> OnPostPriceAsync(int revision, string market, string? full, string? markdown, CancellationToken cancellationToken)
    {
        var target = await markets.FindAsync(market, cancellationToken);
        if (target is null)
        {
            return await Invalid(new() { ["price"] = $"There is no market {market}." }, null, cancellationToken);
        }

        var key = $"price-{target.Code}";
        if (!TryMoney(full, target.Currency, out var fullPrice))
        {
            return await Invalid(new() { [key] = $"Give the full price in {target.Currency.Code} as a number, e.g. {Example(target.Currency)}." }, null, cancellationToken);
        }

        Money? markdownPrice = null;
        if (!string.IsNullOrWhiteSpace(markdown))
        {
            if (!TryMoney(markdown, target.Currency, out var parsed))
            {
                return await Invalid(new() { [key] = $"Give the markdown price in {target.Currency.Code} as a number, or leave it empty." }, null, cancellationToken);
            }

            markdownPrice = parsed;
        }

        return await SaveAsync(key, revision, "style.price-changed", (style, now) =>
        {
            var before = style.Prices.FirstOrDefault(p => p.Market == target.Code);
            style.SetPrice(target.Code, fullPrice, markdownPrice, now);
            return $"{target.Code}: {Describe(before?.FullPrice, before?.MarkdownPrice)} -> {Describe(fullPrice, markdownPrice)}.";
        }, null, cancellationToken);
    }

    public Task<IActionResult> OnPostColourwayAsync(int revision, string? colourCode, string? nameEn, string? nameIt, string? nameKo,
        ColourFamily family, string? hex, CancellationToken cancellationToken) =>
        string.IsNullOrWhiteSpace(colourCode) || string.IsNullOrWhiteSpace(nameEn) || string.IsNullOrWhiteSpace(hex)
            ? Invalid(new() { ["colourway"] = "Give a colour code (e.g. NAV), an English name and a colour like #1B2A4A." }, null, cancellationToken)
            : SaveAsync("colourway", revision, "style.colourway-added", (style, _) =>
            {
                var colourway = style.AddColourway(colourCode.Trim(), LocalizedText.FromInput(nameEn, nameIt, nameKo), family, hex.Trim());
                return $"Added colourway {colourway.Code} \"{colourway.Name.En}\".";
            }, null, cancellationToken);

    public Task<IActionResult> OnPostRenameColourwayAsync(int revision, string colour, string? nameEn, string? nameIt, string? nameKo,
        CancellationToken cancellationToken) =>
        string.IsNullOrWhiteSpace(nameEn)
            ? Invalid(new() { [$"colour-{colour}"] = "Give at least the English colour name." }, null, cancellationToken)
            : SaveAsync($"colour-{colour}", revision, "style.colourway-renamed", (style, _) =>
            {
                var before = style.FindColourway(colour).Name.En;
                style.RenameColourway(colour, LocalizedText.FromInput(nameEn, nameIt, nameKo));
                return $"Colourway {colour}: \"{before}\" -> \"{nameEn.Trim()}\".";
            }, null, cancellationToken);

    public async Task<IActionResult> OnPostSkuAsync(int revision, string colour, string? size, string? gtin, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(size) || string.IsNullOrWhiteSpace(gtin))
        {
            return await Invalid(new() { [$"colour-{colour}"] = "Choose a size and give its GTIN (EAN-13 on most labels)." }, null, cancellationToken);
        }

        var code = Code.ToUpperInvariant();
        var sizeType = await (from s in db.Set<Style>() join c in db.Set<Category>() on s.CategoryId equals c.Id where s.Code == code select c.SizeType)
            .FirstOrDefaultAsync(cancellationToken);
        var chart = SizeChart.For(sizeType);
        return await SaveAsync($"colour-{colour}", revision, "style.sku-added", (style, _) =>
        {
            var sku = style.AddSku(style.FindColourway(colour), chart, size.Trim(), gtin.Trim());
            return $"Added SKU {sku.Code} with GTIN {sku.Gtin}.";
        }, null, cancellationToken);
    }

    public Task<IActionResult> OnPostGtinAsync(int revision, string colour, string sku, string? gtin, CancellationToken cancellationToken) =>
        SaveAsync($"colour-{colour}", revision, "style.gtin-changed", (style, _) =>
        {
            var before = style.Colourways.SelectMany(c => c.Skus).FirstOrDefault(s => s.Code == sku)?.Gtin;
            var changed = style.ChangeGtin(sku, (gtin ?? "").Trim());
            return $"SKU {changed.Code}: GTIN {before} -> {changed.Gtin}.";
        }, null, cancellationToken);

    public Task<IActionResult> OnPostImageAltAsync(int revision, string colour, int position, string? altEn, string? altIt, string? altKo,
        CancellationToken cancellationToken) =>
        string.IsNullOrWhiteSpace(altEn)
            ? Invalid(new() { [$"colour-{colour}"] = "Every image needs alt text, at least in English: say what it shows." }, null, cancellationToken)
            : SaveAsync($"colour-{colour}", revision, "style.image-described", (style, _) =>
            {
                style.DescribeImage(colour, position, LocalizedText.FromInput(altEn, altIt, altKo));
                return $"Colourway {colour}, image {position + 1}: alt text \"{altEn.Trim()}\".";
            }, null, cancellationToken);

    /// <summary>Adds an image from an uploaded file (re-encoded and stored by us) or, without a file, from an address.</summary>
    public async Task<IActionResult> OnPostImageAsync(int revision, string colour, IFormFile? upload, string? url, string? altEn, string? altIt,
        string? altKo, int? width, int? height, CancellationToken cancellationToken)
    {
        var key = $"colour-{colour}";
        if (upload is null && string.IsNullOrWhiteSpace(url))
        {
            return await Invalid(new() { [key] = "Choose an image file to upload (or give its address)." }, null, cancellationToken);
        }

        if (string.IsNullOrWhiteSpace(altEn))
        {
            return await Invalid(new() { [key] = "Describe the image in English (alt text), e.g. \"Navy cardigan, front\"." }, null, cancellationToken);
        }

        var (address, pixelsWide, pixelsHigh) = ((url ?? "").Trim(), width ?? 800, height ?? 1000);
        if (upload is not null)
        {
            await using var stream = upload.OpenReadStream();
            var (asset, error) = await uploads.ProcessAsync(stream, upload.FileName, upload.Length, cancellationToken);
            if (asset is null)
            {
                return await Invalid(new() { [key] = error! }, null, cancellationToken);
            }

            // Saved with the style change below, in the same transaction; a rejected change drops it too.
            db.Add(asset);
            (address, pixelsWide, pixelsHigh) = (asset.Url, asset.Width, asset.Height);
        }

        return await SaveAsync(key, revision, "style.image-added", (style, _) =>
        {
            var image = style.AddImage(colour, address, LocalizedText.FromInput(altEn, altIt, altKo), pixelsWide, pixelsHigh);
            return $"Colourway {colour}: added image {image.Url} ({image.Width}×{image.Height}).";
        }, null, cancellationToken);
    }

    public static string Amount(Money? money) => money?.ToAmountString() ?? "";

    private async Task<IActionResult> SaveAsync(string formKey, int revision, string action, CatalogEditor.StyleChange change,
        StyleDetailsInput? posted, CancellationToken cancellationToken)
    {
        if (!(await authorization.AuthorizeAsync(User, StaffPolicies.CatalogueWrite)).Succeeded)
        {
            return Forbid();
        }

        if (!ModelState.IsValid)
        {
            // A value the form does not offer (an edited select, a number that is not one) never falls back to a default.
            return await Invalid(new() { [formKey] = "A field holds a value this form does not offer. Reload the page and try again." }, posted,
                cancellationToken);
        }

        var outcome = await editor.EditAsync(Code, revision, Actor, action, change, cancellationToken);
        switch (outcome.Status)
        {
            case EditStatus.Saved:
                Flash("Saved. The storefront shows the change within 30 seconds.");
                return Redirect($"/admin/styles/{outcome.Style!.Code}#{formKey}");
            case EditStatus.NotFound:
                return NotFound();
            default:
                return await Invalid(new() { [formKey] = outcome.Error! }, posted, cancellationToken,
                    outcome.Status == EditStatus.Conflict ? StatusCodes.Status409Conflict : StatusCodes.Status422UnprocessableEntity);
        }
    }

    private async Task<IActionResult> Invalid(Dictionary<string, string> errors, StyleDetailsInput? posted, CancellationToken cancellationToken,
        int status = StatusCodes.Status422UnprocessableEntity)
    {
        foreach (var (key, message) in errors)
        {
            ModelState.AddModelError(key, message);
        }

        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        Details = posted ?? StyleDetailsInput.From(Style);
        Response.StatusCode = status;
        return Page();
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var code = Code.ToUpperInvariant();
        var style = await editor.Styles().AsNoTracking().FirstOrDefaultAsync(s => s.Code == code, cancellationToken);
        if (style is null)
        {
            return false;
        }

        Style = style;
        Categories = await db.Set<Category>().AsNoTracking().OrderBy(c => c.Position).ToListAsync(cancellationToken);
        Seasons = await db.Set<Season>().AsNoTracking().OrderBy(s => s.StartsOn).ToListAsync(cancellationToken);
        Markets = await markets.AllAsync(cancellationToken);
        Chart = SizeChart.For(Categories.First(c => c.Id == style.CategoryId).SizeType);
        CanWrite = (await authorization.AuthorizeAsync(User, StaffPolicies.CatalogueWrite)).Succeeded;
        return true;
    }

    private static bool TryMoney(string? text, Currency currency, out Money money)
    {
        money = default;
        var normalized = (text ?? "").Trim().Replace(" ", "", StringComparison.Ordinal);
        if (!decimal.TryParse(normalized, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var major)
            || major <= 0 || major > 100_000_000 || decimal.Round(major, currency.MinorDigits) != major)
        {
            return false;
        }

        money = Money.FromMajor(major, currency);
        return true;
    }

    private static string Example(Currency currency) => currency.MinorDigits == 0 ? "129000" : "129.00";

    private static string Describe(Money? full, Money? markdown) =>
        full is not { } price ? "no price" : markdown is { } reduced ? $"{price.Format()} (markdown {reduced.Format()})" : price.Format();


    private static string Changes(StyleDetailsInput before, StyleDetailsInput after)
    {
        var changed = typeof(StyleDetailsInput).GetProperties()
            .Where(p => p.Name is not (nameof(StyleDetailsInput.Revision) or nameof(StyleDetailsInput.Code)) && p.GetIndexParameters().Length == 0
                && p.PropertyType != typeof(LocalizedText))
            .Where(p => !Equals(p.GetValue(before), p.GetValue(after)))
            .Select(p => $"{p.Name}: \"{p.GetValue(before)}\" -> \"{p.GetValue(after)}\"")
            .ToList();
        return changed.Count == 0 ? "Saved without changes." : string.Join("; ", changed);
    }
}
