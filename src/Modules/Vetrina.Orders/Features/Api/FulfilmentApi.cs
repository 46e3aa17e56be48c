using Vetrina.Orders.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Vetrina.Kernel.Security;
using Vetrina.Orders.Fulfilment;
using Vetrina.Orders.Aftersales;
using Vetrina.Orders.Domain;

namespace Vetrina.Orders.Features.Api;

/// <summary>
/// Orders for warehouse systems and customer service tools, with a staff API token: the queue to fulfil, packing,
/// shipping, cancelling and refunding, under the same rules and roles as the back office pages.
/// </summary>
internal static class FulfilmentApi
{
    private const int QueueSize = 200;

    public static IEndpointRouteBuilder MapFulfilmentApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/fulfilment").WithTags("Fulfilment");
        group.MapGet("/orders", Queue).RequireAuthorization(StaffPolicies.ApiOrdersRead).WithName("FulfilmentQueue")
            .WithSummary("Orders waiting to be packed or shipped, oldest first, with the units of each line not yet in a parcel.");
        group.MapGet("/orders/{number}", Get).RequireAuthorization(StaffPolicies.ApiOrdersRead).WithName("GetOrderForStaff")
            .WithSummary("An order with its payment, parcels and history.");
        group.MapPost("/orders/{number}/shipments", Pack).RequireAuthorization(StaffPolicies.ApiOrdersFulfil).WithName("PackParcel")
            .WithSummary("Packs a parcel of an order's units at a location (any location: a store may send what the warehouse lacks).");
        group.MapPost("/shipments/{id:long}/ship", Ship).RequireAuthorization(StaffPolicies.ApiOrdersFulfil).WithName("ShipParcel")
            .WithSummary("Hands a packed parcel to a carrier: the first parcel captures the payment; the shopper is emailed the tracking link.");
        group.MapPost("/shipments/{id:long}/delivered", Deliver).RequireAuthorization(StaffPolicies.ApiOrdersFulfil).WithName("DeliverParcel")
            .WithSummary("Records that a parcel reached the shopper; when all of an order's parcels have, the order is delivered.");
        group.MapPost("/orders/{number}/returns", Return).RequireAuthorization(StaffPolicies.ApiOrdersFulfil).WithName("ReceiveReturn")
            .WithSummary("Records units a shopper sent back, received at a location and (unless damaged) back in stock. Requires an Idempotency-Key header.");
        group.MapPost("/orders/{number}/cancel", Cancel).RequireAuthorization(StaffPolicies.ApiOrdersManage).WithName("CancelOrder")
            .WithSummary("Cancels an order nothing of which has shipped: the card is voided or refunded, stock and discounts given back.");
        group.MapPost("/orders/{number}/refunds", Refund).RequireAuthorization(StaffPolicies.ApiOrdersManage).WithName("RefundOrder")
            .WithSummary("Refunds part or all of a shipped order (card first, then gift card). Requires an Idempotency-Key header: one refund per key.");
        return app;
    }

    private static async Task<Ok<List<FulfilmentOrderDto>>> Queue(OrderQueries orders, OrderFulfilment fulfilment, OrderNumbers numbers,
        CancellationToken cancellationToken)
    {
        var queue = new List<FulfilmentOrderDto>();
        foreach (var order in await orders.ToFulfilAsync(QueueSize, cancellationToken))
        {
            var unpacked = await fulfilment.UnpackedAsync(order, cancellationToken);
            queue.Add(new FulfilmentOrderDto(numbers.Format(order.Id), order.Status.ToString(), order.PlacedAt, order.ShippingMethodCode,
                order.PickupLocationCode, [.. order.Lines.Select(l => new FulfilmentLineDto(l.SkuCode, l.Name, l.Colour, l.Size, l.Quantity,
                    unpacked.GetValueOrDefault(l.Id), l.ShipsAround))]));
        }

        return TypedResults.Ok(queue);
    }

    private static async Task<Results<Ok<OrderDto>, ProblemHttpResult>> Get(string number, OrderQueries orders, OrderNumbers numbers,
        CancellationToken cancellationToken) =>
        await orders.ForStaffAsync(number, cancellationToken) is { } details ? TypedResults.Ok(CheckoutApi.Dto(details, numbers)) : NoSuchOrder(number);

    private static async Task<Results<Created<OrderDto>, ProblemHttpResult>> Pack(string number, PackRequest body, HttpContext http, OrderQueries orders,
        OrderFulfilment fulfilment, OrderNumbers numbers, CancellationToken cancellationToken)
    {
        if (await orders.ForStaffAsync(number, cancellationToken) is not { } details)
        {
            return NoSuchOrder(number);
        }

        if (LineQuantities(details, body.Lines) is not { } quantities)
        {
            return Refused(OrderActionError.TooMany, $"Name each line once, by a SKU of order {number}.");
        }

        var result = await fulfilment.PackAsync(details.Order.Id, body.Location ?? "", quantities, Actor(http), cancellationToken);
        if (!result.Succeeded)
        {
            return Refused(result.Error, result.Detail!);
        }

        var packed = (await orders.ForStaffAsync(number, cancellationToken))!;
        return TypedResults.Created($"/api/v1/fulfilment/orders/{number}", CheckoutApi.Dto(packed, numbers));
    }

    private static async Task<Results<Ok<OrderDto>, ProblemHttpResult>> Ship(long id, ShipRequest body, HttpContext http, OrderQueries orders,
        OrderFulfilment fulfilment, OrderNumbers numbers, CancellationToken cancellationToken)
    {
        var result = await fulfilment.ShipAsync(id, body.Carrier, body.TrackingNumber, Actor(http), cancellationToken);
        if (!result.Succeeded)
        {
            return Refused(result.Error, result.Detail!);
        }

        var orderId = await fulfilment.OrderOfAsync(id, cancellationToken);
        return TypedResults.Ok(CheckoutApi.Dto((await orders.ForStaffAsync(numbers.Format(orderId), cancellationToken))!, numbers));
    }

    private static async Task<Results<Ok<OrderDto>, ProblemHttpResult>> Deliver(long id, HttpContext http, OrderQueries orders, OrderFulfilment fulfilment,
        OrderNumbers numbers, CancellationToken cancellationToken)
    {
        var result = await fulfilment.DeliverAsync(id, Actor(http), cancellationToken);
        if (!result.Succeeded)
        {
            return Refused(result.Error, result.Detail!);
        }

        var orderId = await fulfilment.OrderOfAsync(id, cancellationToken);
        return TypedResults.Ok(CheckoutApi.Dto((await orders.ForStaffAsync(numbers.Format(orderId), cancellationToken))!, numbers));
    }

    private static async Task<Results<Ok<OrderDto>, ProblemHttpResult>> Return(string number, ReturnRequest body,
        [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey, HttpContext http, OrderQueries orders, OrderReturns returns, OrderNumbers numbers,
        CancellationToken cancellationToken)
    {
        if (MissingKey(idempotencyKey) is { } missing)
        {
            return missing;
        }

        if (await orders.ForStaffAsync(number, cancellationToken) is not { } details)
        {
            return NoSuchOrder(number);
        }

        if (LineQuantities(details, body.Lines) is not { } quantities)
        {
            return Refused(OrderActionError.TooMany, $"Name each line once, by a SKU of order {number}.");
        }

        var result = await returns.ReceiveAsync(details.Order.Id, body.Location ?? "", quantities, body.Restock, body.Reason ?? "",
            "api:" + idempotencyKey!.Trim(), Actor(http), string.IsNullOrWhiteSpace(body.ReturnNumber) ? null : body.ReturnNumber.Trim().ToUpperInvariant(),
            cancellationToken);
        return result.Succeeded
            ? TypedResults.Ok(CheckoutApi.Dto((await orders.ForStaffAsync(number, cancellationToken))!, numbers))
            : Refused(result.Error, result.Detail!);
    }

    private static Task<Results<Ok<OrderDto>, ProblemHttpResult>> Cancel(string number, CancelRequest body, HttpContext http, OrderQueries orders,
        OrderAdministration administration, OrderNumbers numbers, CancellationToken cancellationToken) =>
        ChangeAsync(number, orders, numbers, id => administration.CancelAsync(id, body.Reason ?? "", Actor(http), cancellationToken), cancellationToken);

    private static Task<Results<Ok<OrderDto>, ProblemHttpResult>> Refund(string number, RefundRequest body,
        [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey, HttpContext http, OrderQueries orders, OrderAdministration administration,
        OrderNumbers numbers, CancellationToken cancellationToken)
    {
        if (MissingKey(idempotencyKey) is { } missing)
        {
            return Task.FromResult<Results<Ok<OrderDto>, ProblemHttpResult>>(missing);
        }

        return ChangeAsync(number, orders, numbers, id => administration.RefundAsync(id, body.Amount ?? 0, body.Reason ?? "", "api:" + idempotencyKey!.Trim(),
            Actor(http), cancellationToken), cancellationToken);
    }

    private static async Task<Results<Ok<OrderDto>, ProblemHttpResult>> ChangeAsync(string number, OrderQueries orders, OrderNumbers numbers,
        Func<long, Task<OrderActionResult>> change, CancellationToken cancellationToken)
    {
        if (await orders.ForStaffAsync(number, cancellationToken) is not { } details)
        {
            return NoSuchOrder(number);
        }

        var result = await change(details.Order.Id);
        return result.Succeeded
            ? TypedResults.Ok(CheckoutApi.Dto((await orders.ForStaffAsync(number, cancellationToken))!, numbers))
            : Refused(result.Error, result.Detail!);
    }

    /// <summary>Order line id to units, from lines named by SKU; null when a SKU is not the order's or is named twice.</summary>
    private static Dictionary<long, int>? LineQuantities(OrderDetails details, IReadOnlyList<ParcelLineRequest>? requested)
    {
        var lines = details.Order.Lines.ToDictionary(l => l.SkuCode, StringComparer.OrdinalIgnoreCase);
        var named = requested ?? [];
        return named.Any(l => l.Sku is null || !lines.ContainsKey(l.Sku)) || named.GroupBy(l => l.Sku!, StringComparer.OrdinalIgnoreCase).Any(g => g.Count() > 1)
            ? null
            : named.ToDictionary(l => lines[l.Sku!].Id, l => l.Quantity ?? 0);
    }

    private static ProblemHttpResult? MissingKey(string? idempotencyKey) =>
        string.IsNullOrWhiteSpace(idempotencyKey) || idempotencyKey.Length > 64
            ? TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Idempotency-Key required",
                detail: "Send an Idempotency-Key header (up to 64 characters), new for each change you mean to make.")
            : null;

    private static ProblemHttpResult Refused(OrderActionError error, string detail) =>
        TypedResults.Problem(statusCode: error switch
        {
            OrderActionError.NotFound => StatusCodes.Status404NotFound,
            OrderActionError.PaymentRefused => StatusCodes.Status402PaymentRequired,
            OrderActionError.WrongStatus or OrderActionError.NotEnoughStock or OrderActionError.Conflict => StatusCodes.Status409Conflict,
            _ => StatusCodes.Status422UnprocessableEntity,
        }, title: "Order not changed", detail: detail, extensions: new Dictionary<string, object?> { ["reason"] = error.ToString() });

    private static ProblemHttpResult NoSuchOrder(string number) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Order not found", detail: $"No order has the number '{number}'.");

    private static string Actor(HttpContext http) => $"api:{http.User.Identity?.Name ?? "token"}";
}
