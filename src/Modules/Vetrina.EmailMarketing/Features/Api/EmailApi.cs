using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using MimeKit;
using Vetrina.EmailMarketing.Automations;
using Vetrina.EmailMarketing.Bounces;
using Vetrina.EmailMarketing.Campaigns;
using Vetrina.EmailMarketing.Contacts;
using Vetrina.EmailMarketing.Segments;
using Vetrina.Kernel;
using Vetrina.Kernel.Security;

namespace Vetrina.EmailMarketing.Features.Api;

/// <summary>
/// The email marketing API for staff tokens: contact import, templates, segments with live counts, campaigns and their
/// reports, and delivery reports (bounces and complaints) posted by the mail server as raw messages.
/// </summary>
internal static class EmailApi
{
    private const long MaxImportBytes = 100 * 1024 * 1024;

    public static IEndpointRouteBuilder MapEmailApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/email").WithTags("Email marketing").RequireAuthorization(StaffPolicies.ApiMarketingManage);
        group.MapPost("/contacts/import", async (HttpRequest request, ContactImport import, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        {
            if (request.ContentLength > MaxImportBytes)
            {
                return Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "The file is over 100 MB: split it.");
            }

            // CsvHelper reads synchronously and the import reads the file twice; the request body may only be read
            // asynchronously, once. A file on disk, not memory: a list can be 100 MB.
            await using var buffered = new FileStream(Path.Combine(Path.GetTempPath(), Path.GetRandomFileName()), FileMode.CreateNew, FileAccess.ReadWrite,
                FileShare.None, 81920, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
            await request.Body.CopyToAsync(buffered, cancellationToken);
            buffered.Position = 0;
            var result = await import.ImportAsync(buffered, request.Headers["X-File-Name"].FirstOrDefault() ?? "upload.csv", user.Identity?.Name ?? "api",
                cancellationToken);
            return result.Errors.Count == 0
                ? Results.Ok(result)
                : Results.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "The file has bad lines; nothing was imported.",
                    extensions: new Dictionary<string, object?> { ["lines"] = result.Errors });
        }).DisableAntiforgery().WithName("ImportContacts")
            .WithSummary("Imports contacts from a CSV body (email, first_name, last_name, language, country, birthday, consent, consented_at): all lines or none.")
            .Produces<ImportResult>().ProducesProblem(StatusCodes.Status422UnprocessableEntity).ProducesProblem(StatusCodes.Status413PayloadTooLarge);
        group.MapPost("/templates", async (TemplateInput input, EmailPlanner planner, CancellationToken cancellationToken) =>
            Answer(await planner.SaveTemplateAsync(null, input, cancellationToken), t => new { t.Id, t.Name }))
            .WithName("CreateEmailTemplate").WithSummary("Creates a Liquid email template with a subject, preview text and body per language.").ProducesValidationProblem();
        group.MapPost("/segments", async (SegmentInput input, EmailPlanner planner, CancellationToken cancellationToken) =>
            Answer(await planner.SaveSegmentAsync(input, cancellationToken), s => new { s.Id, s.Name }))
            .WithName("CreateSegment").WithSummary("Saves a segment: contacts matching every rule (a rule with \"or\": true is an alternative to the one before it), worked out whenever it is counted or sent to.").ProducesValidationProblem();
        group.MapPost("/segments/count", async (SegmentInput input, SegmentQuery segments, CancellationToken cancellationToken) =>
        {
            var (contacts, errors) = await segments.BuildAsync(input.Conditions ?? [], cancellationToken);
            return errors.Count > 0 ? Results.ValidationProblem(errors.ToDictionary(e => $"conditions[{e.Key}]", e => new[] { e.Value }))
                : Results.Ok(new { count = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(contacts, cancellationToken) });
        }).WithName("CountSegment").WithSummary("Counts the contacts that match segment rules now, without saving them.").ProducesValidationProblem();
        group.MapPost("/campaigns", async (CampaignInput input, EmailPlanner planner, ClaimsPrincipal user, CancellationToken cancellationToken) =>
            Answer(await planner.CreateCampaignAsync(input, user.Identity?.Name ?? "api", cancellationToken), c => new { c.Id, c.Name, c.Status, c.ScheduledAt }))
            .WithName("ScheduleEmailCampaign").WithSummary("Schedules an email campaign (now, or at sendAt), optionally with an A/B subject test.").ProducesValidationProblem();
        group.MapPost("/campaigns/{id:int}/cancel", async (int id, EmailPlanner planner, CancellationToken cancellationToken) =>
            await planner.CancelAsync(id, cancellationToken) switch
            {
                null => Results.Problem(statusCode: StatusCodes.Status404NotFound, title: $"No campaign {id}."),
                false => Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "This campaign cannot be stopped.",
                    detail: "It is sent or cancelled already, or it is a flow's email: switch the flow off instead."),
                true => Results.NoContent(),
            })
            .WithName("CancelEmailCampaign").WithSummary("Stops a scheduled or sending campaign; emails not yet handed to the server are not sent.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        group.MapGet("/campaigns/{id:int}/report", async (int id, CampaignReport report, CancellationToken cancellationToken) =>
            await report.ForAsync(id, cancellationToken) is { } figures ? Results.Ok(figures) : Results.NotFound())
            .WithName("GetEmailCampaignReport").WithSummary("A campaign's figures: sent, delivered, opens, clicks, unsubscribes, bounces, complaints, attributed orders and revenue.")
            .Produces<CampaignFigures>().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/automations", async (AutomationEngine engine, CancellationToken cancellationToken) => Results.Ok(await engine.OverviewAsync(cancellationToken)))
            .WithName("ListFlows").WithSummary("Every email flow with its steps and how its runs went.").Produces<IReadOnlyList<AutomationSummary>>();
        group.MapPut("/automations/{kind}", async (string kind, AutomationSettings settings, AutomationEngine engine, CancellationToken cancellationToken) =>
        {
            if (!EnumNames.TryParse<AutomationKind>(kind.Replace("-", "", StringComparison.Ordinal), out var parsed))
            {
                return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: $"No flow '{kind}'.",
                    detail: "Flows are welcome, abandoned-cart, browse-abandonment, post-purchase, win-back and birthday.");
            }

            var errors = await engine.ConfigureAsync(parsed, settings, cancellationToken);
            return errors.Count == 0 ? Results.NoContent() : Results.ValidationProblem(errors.ToDictionary(e => e.Key, e => new[] { e.Value }));
        }).WithName("ConfigureFlow").WithSummary("Switches a flow on or off and sets its frequency cap and win-back delay.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/reports", async (HttpRequest request, DeliveryReports reports, CancellationToken cancellationToken) =>
        {
            MimeMessage message;
            try
            {
                message = await MimeMessage.LoadAsync(request.Body, cancellationToken);
            }
            catch (FormatException e)
            {
                return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The body is not an email message.", detail: e.Message);
            }

            var report = await reports.ApplyAsync(message, cancellationToken);
            return Results.Ok(new { kind = report.Kind.ToString(), report.Recipient, report.Status });
        }).DisableAntiforgery().WithName("PostDeliveryReport")
            .WithSummary("Takes a bounce (RFC 3464 DSN) or complaint (RFC 5965 ARF) as a raw message/rfc822 body; hard bounces and complaints suppress the address.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        return app;
    }

    private static IResult Answer<T>((T? Value, IReadOnlyDictionary<string, string> Errors) result, Func<T, object> shape)
        where T : class =>
        result.Value is { } value && result.Errors.Count == 0
            ? Results.Ok(shape(value))
            : Results.ValidationProblem(result.Errors.ToDictionary(e => e.Key, e => new[] { e.Value }));
}
