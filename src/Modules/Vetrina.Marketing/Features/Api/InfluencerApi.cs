using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Vetrina.Kernel;
using Vetrina.Kernel.Security;
using Vetrina.Marketing.Influencers;

namespace Vetrina.Marketing.Features.Api;

internal sealed record MoneyAmount(string Currency, decimal Amount);

internal sealed record InfluencerEarningsDto(MoneyAmount NetSales, MoneyAmount Commission);

internal sealed record InfluencerDto(int Id, string Handle, string Name, string Email, string? Networks, string? DiscountCode, string Link,
    decimal NewCustomerPercent, decimal ReturningCustomerPercent, int Orders, int Returned, IReadOnlyList<InfluencerEarningsDto> Earned);

internal sealed record InfluencerOrderDto(long OrderId, DateTimeOffset PlacedAt, string Via, bool NewCustomer, MoneyAmount NetSales, decimal RatePercent,
    MoneyAmount Commission, int? StatementId);

internal sealed record InfluencerStatementDto(int Id, string Handle, string Month, int Orders, MoneyAmount NetSales, MoneyAmount Commission,
    DateTimeOffset IssuedAt, DateTimeOffset? PaidAt, string? PaymentReference);

internal sealed record ProgramDto(int CookieDays, string Conflict);

internal sealed record PaymentInput(string? Reference);

/// <summary>
/// Influencer marketing for staff tokens (marketing): the roster with what each earned, their attributed orders, the
/// programme's rules, monthly statements, payouts and the accounting export, as the back office has them.
/// </summary>
internal static class InfluencerApi
{
    public static IEndpointRouteBuilder MapInfluencerApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/marketing/influencers").WithTags("Influencer marketing").RequireAuthorization(StaffPolicies.ApiMarketingManage);
        group.MapGet("", async (InfluencerReport report, CancellationToken cancellationToken) =>
                (await report.SummariesAsync(cancellationToken)).Select(Dto).ToList())
            .WithName("ListInfluencers").WithSummary("Every influencer with their code, link, rates and what they earned (net sales after returns, commission) per currency.");
        group.MapPost("", async (InfluencerInput input, InfluencerRoster roster, CancellationToken cancellationToken) =>
        {
            var (influencer, errors) = await roster.AddAsync(input, cancellationToken);
            return influencer is null
                ? Results.ValidationProblem(errors.ToDictionary(e => char.ToLowerInvariant(e.Key[0]) + e.Key[1..], e => new[] { e.Value }))
                : Results.Created($"/api/v1/marketing/influencers/{influencer.Handle}", Dto(new InfluencerSummary(influencer, 0, 0, [])));
        }).WithName("AddInfluencer").WithSummary("Adds an influencer: handle, name, email, networks, an existing discount code, commission percent for new and returning customers.")
            .Produces<InfluencerDto>(StatusCodes.Status201Created).ProducesValidationProblem();
        group.MapGet("/{handle}/orders", async (string handle, InfluencerReport report, CancellationToken cancellationToken) =>
                await report.OrdersAsync(handle.ToLowerInvariant(), 500, cancellationToken) is { } orders
                    ? Results.Ok(orders.Select(o => new InfluencerOrderDto(o.OrderId, o.PlacedAt, o.Via == Touch.Code ? "code" : "link", o.NewCustomer,
                        Amount(o.NetSalesMinor, o.Currency), o.RateBasisPoints / 100m, Amount(o.CommissionMinor, o.Currency), o.StatementId)).ToList())
                    : Results.Problem(statusCode: StatusCodes.Status404NotFound, title: $"No influencer has the handle '{handle}'."))
            .WithName("ListInfluencerOrders").WithSummary("The orders attributed to an influencer (by code or link), newest first, with net sales and commission.")
            .Produces<List<InfluencerOrderDto>>().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/program", async (InfluencerRoster roster, CancellationToken cancellationToken) => Program(await roster.ProgramAsync(cancellationToken)))
            .WithName("GetInfluencerProgram").WithSummary("The link's cookie window in days and which wins when a link and a code disagree (code-wins or link-wins).");
        group.MapPut("/program", async (ProgramDto input, InfluencerRoster roster, CancellationToken cancellationToken) =>
        {
            if (!EnumNames.TryParse<ConflictRule>(input.Conflict?.Replace("-", "", StringComparison.Ordinal), out var conflict))
            {
                return Results.ValidationProblem(new Dictionary<string, string[]> { ["conflict"] = ["Use code-wins or link-wins."] });
            }

            return await roster.ChangeProgramAsync(input.CookieDays, conflict, cancellationToken) is { } error
                ? Results.ValidationProblem(new Dictionary<string, string[]> { ["cookieDays"] = [error] })
                : Results.Ok(Program(await roster.ProgramAsync(cancellationToken)));
        }).WithName("ChangeInfluencerProgram").WithSummary("Sets the cookie window (1–90 days) and the conflict rule.").ProducesValidationProblem();
        group.MapGet("/statements", async (InfluencerReport report, CancellationToken cancellationToken) =>
                (await report.StatementsAsync(500, cancellationToken)).Select(r => Dto(r.Statement, r.Handle)).ToList())
            .WithName("ListInfluencerStatements").WithSummary("Monthly statements per influencer and currency, newest first, paid or not.");
        group.MapPost("/statements", async (string? month, InfluencerAttribution attribution, InfluencerStatements statements, CancellationToken cancellationToken) =>
        {
            if (!DateOnly.TryParseExact(month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first))
            {
                return Results.ValidationProblem(new Dictionary<string, string[]> { ["month"] = ["Give the month as ?month=2026-11."] });
            }

            await attribution.RunAsync(cancellationToken);
            return Results.Ok(new { month = first.ToString("yyyy-MM", CultureInfo.InvariantCulture), statements = await statements.IssueAsync(first, cancellationToken) });
        }).WithName("IssueInfluencerStatements").WithSummary("Brings attribution up to date and issues (or updates the unpaid) statements of a month.").ProducesValidationProblem();
        group.MapPost("/statements/{id:int}/payment", async (int id, PaymentInput input, InfluencerStatements statements, CancellationToken cancellationToken) =>
                await statements.PayAsync(id, input.Reference, cancellationToken) switch
                {
                    StatementPayment.Paid => Results.NoContent(),
                    StatementPayment.Unknown => Results.Problem(statusCode: StatusCodes.Status404NotFound, title: $"No statement {id}.",
                        detail: "List the statements with GET /api/v1/influencers/statements."),
                    StatementPayment.AlreadyPaid => Results.Problem(statusCode: StatusCodes.Status409Conflict, title: $"Statement {id} is already paid.",
                        detail: "A statement is paid once; its payment and reference stay as recorded."),
                    _ => Results.ValidationProblem(new Dictionary<string, string[]>
                    {
                        ["reference"] = ["Give the payment's reference (a bank transfer id)."],
                    }),
                })
            .WithName("PayInfluencerStatement").WithSummary("Records a statement's payment with its reference; its orders never change again.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        group.MapGet("/statements.csv", async (InfluencerStatements statements, CancellationToken cancellationToken) =>
                Results.File(await statements.CsvAsync(cancellationToken), "text/csv; charset=utf-8", "influencer-statements.csv"))
            .WithName("ExportInfluencerStatements").WithSummary("Every statement as CSV for accounting (UTF-8, amounts in major units).");
        return app;
    }

    private static InfluencerDto Dto(InfluencerSummary s) => new(s.Influencer.Id, s.Influencer.Handle, s.Influencer.Name, s.Influencer.Email,
        s.Influencer.Networks, s.Influencer.DiscountCode, $"/i/{s.Influencer.Handle}", s.Influencer.NewCustomerBasisPoints / 100m,
        s.Influencer.ReturningCustomerBasisPoints / 100m, s.Orders, s.Returned,
        [.. s.Earned.Select(e => new InfluencerEarningsDto(Amount(e.NetSalesMinor, e.Currency), Amount(e.CommissionMinor, e.Currency)))]);

    private static InfluencerStatementDto Dto(InfluencerStatement s, string handle) => new(s.Id, handle, s.Month.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        s.Orders, Amount(s.NetSalesMinor, s.Currency), Amount(s.CommissionMinor, s.Currency), s.IssuedAt, s.PaidAt, s.PaymentReference);

    private static ProgramDto Program(InfluencerProgram program) =>
        new(program.CookieDays, program.Conflict == ConflictRule.CodeWins ? "code-wins" : "link-wins");

    private static MoneyAmount Amount(long minor, string currency) => new(currency, new Money(minor, Currency.FromCode(currency)).Major);
}
