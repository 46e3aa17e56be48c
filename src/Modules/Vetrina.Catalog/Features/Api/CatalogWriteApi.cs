using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;
using Vetrina.Catalog.Domain;
using Vetrina.Catalog.Contracts;
using Vetrina.Catalog.Editing;
using Vetrina.Catalog.Transfer;
using Vetrina.Data;
using Vetrina.Kernel;
using Vetrina.Kernel.Security;
using Vetrina.Markets.Contracts;

namespace Vetrina.Catalog.Features.Api;

/// <summary>
/// Catalogue write endpoints for integrations (ERP, PIM), authorised by a staff API token. Each change goes through
/// <see cref="CatalogEditor"/> like a back-office edit: same rules, same audit log. <c>If-Match</c> with the style's
/// revision turns a lost update into 412.
/// </summary>
internal static class CatalogWriteApi
{
    public static IEndpointRouteBuilder MapCatalogWriteApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1").WithTags("Catalog administration").RequireAuthorization(StaffPolicies.ApiCatalogueWrite);
        group.MapPost("/styles", CreateStyle).WithName("CreateStyle").WithSummary("Creates a style as a draft.");
        group.MapGet("/admin/styles/{code}", GetRecord).WithName("GetStyleRecord").WithSummary("A style as staff see it, drafts included.");
        group.MapPatch("/styles/{code}", PatchStyle).WithName("UpdateStyle").WithSummary("Changes a style's texts and classification.");
        group.MapPut("/styles/{code}/prices/{market}", PutPrice).WithName("SetStylePrice").WithSummary("Sets the style's price list entry in a market.");
        group.MapPut("/styles/{code}/lifecycle", PutLifecycle).WithName("MoveStyleLifecycle").WithSummary("Moves the style to another lifecycle stage.");
        group.MapPost("/styles/{code}/colourways", PostColourway).WithName("AddColourway").WithSummary("Adds a colourway.");
        group.MapPost("/styles/{code}/colourways/{colour}/skus", PostSku).WithName("AddSku").WithSummary("Adds a size (a SKU) to a colourway.");
        group.MapGet("/catalog/export", Export).WithName("ExportCatalogue").WithSummary("The whole catalogue as CSV.")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv");
        group.MapPost("/catalog/import", Import).WithName("ImportCatalogue")
            .WithSummary("Imports a catalogue CSV (Shopify product columns accepted) all or nothing.")
            .Accepts<string>("text/csv");
        return app;
    }

    private static async Task<Results<Created<StyleRecordDto>, ValidationProblem, ProblemHttpResult>> CreateStyle(
        StyleCreateRequest request, HttpContext http, CatalogEditor editor, VetrinaDbContext db, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(request.Code) || request.Code.Length > 40 || !request.Code.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
        {
            errors["code"] = ["Give a code of up to 40 letters, digits and dashes, e.g. KN-0200."];
        }

        var fields = await StyleFields.ReadAsync(db, request.Name, request.Description, request.Care, request.Category, request.Season, request.Gender,
            request.CountryOfOrigin, request.Composition, required: true, errors, cancellationToken);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var outcome = await editor.CreateAsync(Actor(http), now => new Style(request.Code!, fields.Name!, fields.Description!, fields.Care!,
            fields.CategoryId!.Value, fields.SeasonId!.Value, fields.Gender!.Value, fields.Origin!, fields.Fibres!, now), cancellationToken);
        return outcome.Status == EditStatus.Saved
            ? TypedResults.Created($"/api/v1/admin/styles/{outcome.Style!.Code}", StyleRecordDto.From(outcome.Style))
            : Unprocessable(outcome.Error!);
    }

    private static async Task<Results<Ok<StyleRecordDto>, ProblemHttpResult>> GetRecord(HttpContext http, string code, CatalogEditor editor,
        CancellationToken cancellationToken)
    {
        var style = await editor.LoadAsync(code, cancellationToken);
        if (style is null)
        {
            return NotFound(code);
        }

        http.Response.Headers.ETag = RevisionTag(style.Revision);
        return TypedResults.Ok(StyleRecordDto.From(style));
    }

    private static async Task<Results<Ok<StyleRecordDto>, ValidationProblem, ProblemHttpResult>> PatchStyle(
        string code, StylePatchRequest request, HttpContext http, CatalogEditor editor, VetrinaDbContext db, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var fields = await StyleFields.ReadAsync(db, request.Name, request.Description, request.Care, request.Category, request.Season, request.Gender,
            request.CountryOfOrigin, request.Composition, required: false, errors, cancellationToken);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        return await EditAsync(http, editor, code, "style.details-changed", (style, _) =>
        {
            if (fields.Name is { } name)
            {
                style.Rename(name);
            }

            if (fields.Description is not null || fields.Care is not null)
            {
                style.Describe(fields.Description ?? style.Description, fields.Care ?? style.Care);
            }

            style.Classify(fields.CategoryId ?? style.CategoryId, fields.SeasonId ?? style.SeasonId, fields.Gender ?? style.Gender,
                fields.Origin ?? style.CountryOfOrigin);
            if (fields.Fibres is { } fibres)
            {
                style.SetComposition(fibres);
            }

            return $"Changed through the API: {string.Join(", ", fields.Given)}.";
        }, cancellationToken);
    }

    private static async Task<Results<Ok<StyleRecordDto>, ValidationProblem, ProblemHttpResult>> PutPrice(
        string code, string market, PriceRequest request, HttpContext http, CatalogEditor editor, IMarketDirectory markets,
        CancellationToken cancellationToken)
    {
        var target = await markets.FindAsync(market, cancellationToken);
        var errors = new Dictionary<string, string[]>();
        if (target is null)
        {
            errors["market"] = [$"Unknown market '{market}'. Use one of: {string.Join(", ", (await markets.AllAsync(cancellationToken)).Select(m => m.Code))}."];
            return TypedResults.ValidationProblem(errors);
        }

        var full = Amount(request.Full, target.Currency, "full", required: true, errors);
        var markdown = Amount(request.Markdown, target.Currency, "markdown", required: false, errors);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        return await EditAsync(http, editor, code, "style.price-changed", (style, now) =>
        {
            style.SetPrice(target.Code, full!.Value, markdown, now);
            return $"{target.Code}: {full.Value.Format()}{(markdown is { } m ? $" (markdown {m.Format()})" : "")} through the API.";
        }, cancellationToken);
    }

    private static async Task<Results<Ok<StyleRecordDto>, ValidationProblem, ProblemHttpResult>> PutLifecycle(
        string code, LifecycleRequest request, HttpContext http, CatalogEditor editor, CancellationToken cancellationToken)
    {
        if (!EnumNames.TryParse<Lifecycle>(request.Stage, out var stage))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["stage"] = [$"Use one of: {string.Join(", ", Enum.GetNames<Lifecycle>())}."],
            });
        }

        return await EditAsync(http, editor, code, "style.lifecycle-changed", (style, now) =>
        {
            var before = style.Lifecycle;
            style.MoveTo(stage, now);
            return $"Lifecycle {before} -> {stage} through the API.";
        }, cancellationToken);
    }

    private static async Task<Results<Ok<StyleRecordDto>, ValidationProblem, ProblemHttpResult>> PostColourway(
        string code, ColourwayRequest request, HttpContext http, CatalogEditor editor, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(request.Code))
        {
            errors["code"] = ["Give a colour code of 2 to 12 letters or digits, e.g. NAV."];
        }

        if (string.IsNullOrWhiteSpace(request.Name?.En))
        {
            errors["name.en"] = ["Give at least the English colour name."];
        }

        if (!EnumNames.TryParse<ColourFamily>(request.Family, out var family))
        {
            errors["family"] = [$"Use one of: {string.Join(", ", Enum.GetNames<ColourFamily>())}."];
        }

        if (string.IsNullOrWhiteSpace(request.Hex))
        {
            errors["hex"] = ["Give the swatch colour like #1B2A4A."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        return await EditAsync(http, editor, code, "style.colourway-added", (style, _) =>
        {
            var colourway = style.AddColourway(request.Code!.Trim(), request.Name!.ToText(), family, request.Hex!.Trim());
            return $"Added colourway {colourway.Code} through the API.";
        }, cancellationToken);
    }

    private static async Task<Results<Ok<StyleRecordDto>, ValidationProblem, ProblemHttpResult>> PostSku(
        string code, string colour, SkuRequest request, HttpContext http, CatalogEditor editor, VetrinaDbContext db, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(request.Size))
        {
            errors["size"] = ["Give the size in the category's size system, e.g. M or 42."];
        }

        if (string.IsNullOrWhiteSpace(request.Gtin))
        {
            errors["gtin"] = ["Give the SKU's GTIN (the EAN-13 barcode on its label)."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var normalized = code.Trim().ToUpperInvariant();
        var sizeType = await (from s in db.Set<Style>() join c in db.Set<Category>() on s.CategoryId equals c.Id where s.Code == normalized select c.SizeType)
            .FirstOrDefaultAsync(cancellationToken);
        return await EditAsync(http, editor, code, "style.sku-added", (style, _) =>
        {
            var sku = style.AddSku(style.FindColourway(colour), SizeChart.For(sizeType), request.Size!.Trim(), request.Gtin!.Trim());
            return $"Added SKU {sku.Code} with GTIN {sku.Gtin} through the API.";
        }, cancellationToken);
    }

    private static async Task Export(HttpContext http, CatalogCsvExporter exporter, IMarketDirectory markets)
    {
        http.Response.ContentType = "text/csv; charset=utf-8";
        var codes = (await markets.AllAsync(http.RequestAborted)).Select(m => m.Code).ToList();
        await using var writer = new StreamWriter(http.Response.Body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        await exporter.WriteAsync(writer, codes, http.RequestAborted);
    }

    private static async Task<Results<Ok<ImportResultDto>, ProblemHttpResult>> Import(
        HttpContext http, CatalogCsvImporter importer, IMarketDirectory markets, string? market, bool? dryRun, CancellationToken cancellationToken)
    {
        var primary = market ?? (await markets.AllAsync(cancellationToken))[0].Code;
        if (await markets.FindAsync(primary, cancellationToken) is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Unknown market",
                detail: $"'{primary}' is not a market; it names the currency of Shopify's Variant Price column.");
        }

        using var reader = new StreamReader(http.Request.Body, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        var report = await importer.ImportAsync(reader, primary, Actor(http), dryRun ?? false, cancellationToken);
        if (report.Succeeded)
        {
            return TypedResults.Ok(new ImportResultDto(report.Saved, report.Rows, report.Created, report.Updated, report.Unchanged));
        }

        return TypedResults.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "The file was not imported",
            detail: $"{report.Errors.Count} problems; nothing was saved. Fix them and send the file again.",
            extensions: new Dictionary<string, object?> { ["errors"] = report.Errors.Select(e => new { e.Line, e.Column, e.Message }).ToList() });
    }

    private static async Task<Results<Ok<StyleRecordDto>, ValidationProblem, ProblemHttpResult>> EditAsync(
        HttpContext http, CatalogEditor editor, string code, string action, CatalogEditor.StyleChange change, CancellationToken cancellationToken)
    {
        int? expected = null;
        if (http.Request.Headers.IfMatch.Count > 0)
        {
            var tag = EntityTagHeaderValue.TryParse(http.Request.Headers.IfMatch.ToString(), out var parsed) ? parsed.Tag.ToString().Trim('"') : null;
            if (!int.TryParse(tag, NumberStyles.None, CultureInfo.InvariantCulture, out var revision))
            {
                return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Bad If-Match",
                    detail: "If-Match takes the ETag of GET /api/v1/admin/styles/{code}, e.g. \"12\".");
            }

            expected = revision;
        }

        var outcome = await editor.EditAsync(code, expected, Actor(http), action, change, cancellationToken);
        switch (outcome.Status)
        {
            case EditStatus.Saved:
                http.Response.Headers.ETag = RevisionTag(outcome.Style!.Revision);
                return TypedResults.Ok(StyleRecordDto.From(outcome.Style));
            case EditStatus.NotFound:
                return NotFound(code);
            case EditStatus.Conflict:
                return TypedResults.Problem(statusCode: expected is null ? StatusCodes.Status409Conflict : StatusCodes.Status412PreconditionFailed,
                    title: "The style changed", detail: "The style was changed since you read it. GET it again and reapply your change.");
            default:
                return Unprocessable(outcome.Error!);
        }
    }

    private static ProblemHttpResult NotFound(string code) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Style not found", detail: $"No style has the code '{code}'.");

    private static ProblemHttpResult Unprocessable(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "The change breaks a catalogue rule", detail: detail);

    private static string RevisionTag(int revision) => $"\"{revision.ToString(CultureInfo.InvariantCulture)}\"";

    private static string Actor(HttpContext http) => http.User.Identity?.Name ?? "api";

    private static Money? Amount(decimal? major, Currency currency, string field, bool required, Dictionary<string, string[]> errors)
    {
        if (major is null)
        {
            if (required)
            {
                errors[field] = [$"Give the {field} price in {currency.Code}."];
            }

            return null;
        }

        if (major <= 0 || major > 100_000_000 || decimal.Round(major.Value, currency.MinorDigits) != major)
        {
            errors[field] = [currency.MinorDigits == 0
                ? $"A {currency.Code} price is a whole number above zero."
                : $"A {currency.Code} price is above zero with at most {currency.MinorDigits} decimals."];
            return null;
        }

        return Money.FromMajor(major.Value, currency);
    }
}
