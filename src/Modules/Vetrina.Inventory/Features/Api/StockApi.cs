using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Vetrina.Catalog.Contracts;
using Vetrina.Data;
using Vetrina.Inventory.Domain;
using Vetrina.Inventory.Operations;
using Vetrina.Kernel.Security;

namespace Vetrina.Inventory.Features.Api;

internal sealed record StockLocationDto(string Location, bool SellsOnline, int OnHand, int Reserved, int Available, int BackorderLimit, DateOnly? ExpectedOn);

internal sealed record StockDto(string Sku, IReadOnlyList<StockLocationDto> Locations);

internal sealed record ReceiptRequest(string? Location, int? Quantity, string? Reference);

internal sealed record AdjustmentRequest(string? Location, int? Delta, string? Reason);

internal sealed record CountRequest(string? Location, int? Counted);

internal sealed record TransferRequest(string? From, string? To, int? Quantity);

internal sealed record BackorderRequest(string? Location, int? Limit, DateOnly? ExpectedOn);

/// <summary>Stock for ERPs and warehouse systems, with a staff API token: the same operations and rules as the stock page.</summary>
internal static class StockApi
{
    public static IEndpointRouteBuilder MapStockApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/stock/{sku}").WithTags("Stock").RequireAuthorization(StaffPolicies.ApiStockManage);
        group.MapGet("/", Get).WithName("GetStock").WithSummary("Units on hand, reserved and available per location.");
        group.MapPost("/receipts", (string sku, ReceiptRequest body, HttpContext http, StockOperations ops, ISkuDirectory skus, VetrinaDbContext db,
                CancellationToken ct) => Operate(sku, skus, db, id => ops.ReceiveAsync(id, body.Location ?? "", body.Quantity ?? 0,
                    string.IsNullOrWhiteSpace(body.Reference) ? "receipt" : body.Reference.Trim(), Actor(http), ct), ct))
            .WithName("ReceiveStock").WithSummary("Books units received at a location.");
        group.MapPost("/adjustments", (string sku, AdjustmentRequest body, HttpContext http, StockOperations ops, ISkuDirectory skus,
                VetrinaDbContext db, CancellationToken ct) => Operate(sku, skus, db, id => ops.AdjustAsync(id, body.Location ?? "", body.Delta ?? 0,
                    body.Reason ?? "", Actor(http), ct), ct))
            .WithName("AdjustStock").WithSummary("Corrects on-hand by a signed number of units, with a reason.");
        group.MapPost("/counts", (string sku, CountRequest body, HttpContext http, StockOperations ops, ISkuDirectory skus, VetrinaDbContext db,
                CancellationToken ct) => Operate(sku, skus, db, id => ops.CountAsync(id, body.Location ?? "", body.Counted ?? -1, Actor(http), ct), ct))
            .WithName("CountStock").WithSummary("Sets on-hand to a shelf count.");
        group.MapPost("/transfers", (string sku, TransferRequest body, HttpContext http, StockOperations ops, ISkuDirectory skus,
                VetrinaDbContext db, CancellationToken ct) => Operate(sku, skus, db, id => ops.TransferAsync(id, body.From ?? "", body.To ?? "",
                    body.Quantity ?? 0, Actor(http), ct), ct))
            .WithName("TransferStock").WithSummary("Moves free units from one location to another.");
        group.MapPut("/backorders", (string sku, BackorderRequest body, HttpContext http, StockOperations ops, ISkuDirectory skus,
                VetrinaDbContext db, CancellationToken ct) => Operate(sku, skus, db, id => ops.AllowBackordersAsync(id, body.Location ?? "",
                    body.Limit ?? -1, body.ExpectedOn, Actor(http), ct), ct))
            .WithName("AllowBackorders")
            .WithSummary("Lets the shop sell units beyond stock at a location (backorders, pre-orders), expected on a date; a limit of 0 stops it.");
        return app;
    }

    private static async Task<Results<Ok<StockDto>, ProblemHttpResult>> Get(string sku, ISkuDirectory skus, VetrinaDbContext db,
        CancellationToken cancellationToken)
    {
        var entry = await skus.FindAsync(sku, cancellationToken);
        return entry is null ? UnknownSku(sku) : TypedResults.Ok(await StockAsync(db, entry, cancellationToken));
    }

    private static async Task<Results<Ok<StockDto>, ProblemHttpResult>> Operate(string sku, ISkuDirectory skus,
        VetrinaDbContext db, Func<int, Task<StockOperationResult>> operation, CancellationToken cancellationToken)
    {
        var entry = await skus.FindAsync(sku, cancellationToken);
        if (entry is null)
        {
            return UnknownSku(sku);
        }

        var result = await operation(entry.Id);
        if (result.Succeeded)
        {
            return TypedResults.Ok(await StockAsync(db, entry, cancellationToken));
        }

        var status = result.Error switch
        {
            StockOperationError.BelowReserved or StockOperationError.NotEnoughAvailable => StatusCodes.Status409Conflict,
            StockOperationError.UnknownLocation or StockOperationError.UnknownSku => StatusCodes.Status404NotFound,
            _ => StatusCodes.Status400BadRequest,
        };
        return TypedResults.Problem(statusCode: status, title: "Stock not changed", detail: result.Detail,
            extensions: new Dictionary<string, object?> { ["reason"] = result.Error.ToString() });
    }

    private static async Task<StockDto> StockAsync(VetrinaDbContext db, SkuSummary entry, CancellationToken cancellationToken)
    {
        var locations = await db.Set<StockLocation>().AsNoTracking().OrderByDescending(l => l.FulfilsOnline).ThenBy(l => l.Code).ToListAsync(cancellationToken);
        var id = entry.Id;
        var levels = await db.Set<StockLevel>().AsNoTracking().Where(l => l.SkuId == id).ToDictionaryAsync(l => l.LocationCode, cancellationToken);
        return new StockDto(entry.Code, [.. locations.Select(l => levels.GetValueOrDefault(l.Code) is { } level
            ? new StockLocationDto(l.Code, l.FulfilsOnline, level.OnHand, level.Reserved, level.Available, level.BackorderLimit, level.ExpectedOn)
            : new StockLocationDto(l.Code, l.FulfilsOnline, 0, 0, 0, 0, null))]);
    }

    private static ProblemHttpResult UnknownSku(string sku) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "SKU not found", detail: $"No listed SKU has the code '{sku}'.");

    private static string Actor(HttpContext http) => http.User.Identity?.Name ?? "api";
}
