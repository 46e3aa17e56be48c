using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Vetrina.Cart.Contracts;
using Vetrina.Kernel;
using Vetrina.Markets.Contracts;
using Vetrina.Kernel.Addresses;
using Vetrina.Orders.Checkout;
using Vetrina.Orders.Contracts;
using Vetrina.Orders.Domain;
using Vetrina.Orders.Payments;
using Vetrina.Payments.Contracts;
using Vetrina.Promotions.Contracts;
using Vetrina.Data.Security;

namespace Vetrina.Orders.Features.Api;

/// <summary>
/// Checkout for headless storefronts: quote a cart, then place it with an <c>Idempotency-Key</c> so a retried request
/// never makes a second order or a second charge.
/// </summary>
internal static class CheckoutApi
{
    private const int MaxKeyLength = 255;

    public static IEndpointRouteBuilder MapCheckoutApi(this IEndpointRouteBuilder app)
    {
        var checkout = app.MapGroup("/api/v1/checkout").WithTags("Checkout").AllowAnonymous();
        checkout.MapPost("/quote", Quote).WithName("QuoteCheckout")
            .WithSummary("Prices a cart for checkout: lines, shipping options, totals and the VAT they include.");
        checkout.MapPost("/", Place).WithName("PlaceOrder").RequireRateLimiting(OrdersModule.PlacementLimit).WithMetadata(new WindowLimitAttribute(OrdersModule.CheckoutLimit))
            .WithSummary("Places the cart as an order and authorises the payment. Requires an Idempotency-Key header.");
        app.MapGet("/api/v1/orders/{number}", GetOrder).WithTags("Orders").AllowAnonymous().WithName("GetOrder")
            .WithSummary("An order, for the holder of its access key (given when it was placed).");
        return app;
    }

    private static async Task<Results<Ok<QuoteDto>, ValidationProblem, ProblemHttpResult>> Quote(QuoteRequest request, IBagDirectory bags,
        CheckoutService checkout, IMarketDirectory markets, CancellationToken cancellationToken)
    {
        if (request.CartId is not { } cartId)
        {
            return CartProblem();
        }

        // The bag's own market only when none is asked for: one read of the bag otherwise.
        var marketCode = request.Market ?? (await bags.FindAsync(cartId, cancellationToken))?.Market;
        if (marketCode is null)
        {
            return CartProblem();
        }

        var market = await markets.FindAsync(marketCode, cancellationToken);
        if (market is null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["market"] = [$"Unknown market '{request.Market}'."] });
        }

        // A bag that is gone or empty gets the same answer.
        if (await bags.ViewAsync(cartId, market, cancellationToken) is not { } view
            || await checkout.QuoteAsync(view, request.ShippingMethod, request.DiscountCode, request.GiftCardCode, cancellationToken) is not { } quote)
        {
            return CartProblem();
        }

        return TypedResults.Ok(Dto(quote, Languages.Normalize(request.Language)));
    }

    private static async Task<IResult> Place([FromHeader(Name = "Idempotency-Key")] string? idempotencyKey, CheckoutRequest request, HttpContext http,
        OrderPlacement placement, OrderPayments payments, OrderNumbers numbers, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(idempotencyKey) || idempotencyKey.Length > MaxKeyLength)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Idempotency-Key required",
                detail: $"Send a unique Idempotency-Key header (up to {MaxKeyLength} characters, e.g. a UUID) with each new order, and the same one when retrying it.");
        }

        if (request.CartId is not { } cartId || (request.ShippingAddress ?? request.BillingAddress) is null)
        {
            var missing = new Dictionary<string, string[]>();
            if (request.CartId is null)
            {
                missing["cartId"] = ["'cartId' is required: create a cart with POST /api/v1/carts."];
            }

            if ((request.ShippingAddress ?? request.BillingAddress) is null)
            {
                missing["shippingAddress"] = ["'shippingAddress' is required (for click & collect, 'billingAddress' is enough)."];
            }

            return TypedResults.ValidationProblem(missing);
        }

        if (request.Language is not null && !Languages.IsSupported(request.Language))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["language"] = [$"Use one of: {string.Join(", ", Languages.All)}."] });
        }

        // Left out, the market is the bag's; placement looks it up, so that a retry after the order emptied the bag
        // carries the same fingerprint as the first attempt.
        var market = request.Market ?? "";
        var language = Languages.Normalize(request.Language);
        var input = new CheckoutInput(cartId, market, language, request.Email, Address(request.ShippingAddress ?? new CheckoutAddressDto(null, null, null, null, null, null, null, null)),
            request.BillingAddress is null ? null : Address(request.BillingAddress), request.ShippingMethod, request.MarketingConsent, request.AcceptTerms,
            request.Card is { } card ? new CardDetails(card.Number ?? "", card.ExpiryMonth ?? 0, card.ExpiryYear ?? 0, card.Cvc ?? "", card.Holder) : null,
            request.ExpectedTotal, request.DiscountCode, request.GiftCardCode, request.AcceptBackorders,
            request.ClientId is { Length: > 0 and <= 100 } clientId ? Visitor.FromClientId(clientId) : null, request.NoSimilarProductEmails);
        var result = await placement.PlaceAsync(input, "api:" + idempotencyKey.Trim(), customerId: null, actor: "api", cancellationToken);
        switch (result.Status)
        {
            case PlacementStatus.Placed:
                var order = result.Order!;
                var page = numbers.PagePath(order);
                var (charged, payment) = await payments.AuthoriseAsync(order, result.Payment!, input.Card, page, cancellationToken);
                return payment.State == PaymentState.Declined
                    ? TypedResults.Problem(statusCode: StatusCodes.Status402PaymentRequired, title: "Payment declined",
                        detail: "The card was declined; the order is cancelled and its stock released. Try another card with a new Idempotency-Key.",
                        extensions: new Dictionary<string, object?> { ["declineCode"] = payment.DeclineCode, ["order"] = numbers.Format(order.Id) })
                    : TypedResults.Created($"/api/v1/orders/{numbers.Format(order.Id)}?key={order.AccessKey}", Dto(new OrderDetails(charged, payment, []), numbers));
            case PlacementStatus.Replayed:
                http.Response.Headers["Idempotent-Replayed"] = "true";
                return TypedResults.Ok(await OrderDtoAsync(result.Order!.Id, result.Order.AccessKey));
            case PlacementStatus.Invalid:
                return TypedResults.ValidationProblem(result.Errors!.GroupBy(e => e.Field)
                    .ToDictionary(g => g.Key, g => g.Select(e => CheckoutErrors.Message(e.Field, e.Code)).ToArray()));
            case PlacementStatus.TotalChanged:
                return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Total changed",
                    detail: $"The total is now {result.Quote!.Total.Format()}: show the shopper the new quote and send its total as expectedTotal.",
                    extensions: new Dictionary<string, object?> { ["quote"] = Dto(result.Quote, language) });
            case PlacementStatus.AvailabilityChanged:
                return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Availability changed",
                    detail: "Some lines ship later than in stock (see the lines' shipsAround dates); nothing was ordered. Show the shopper the dates and place again with acceptBackorders.",
                    extensions: new Dictionary<string, object?> { ["quote"] = Dto(result.Quote!, language) });
            case PlacementStatus.SoldOut:
                var snapshotLines = result.Quote!.Cart.Lines.ToDictionary(l => l.SkuId);
                return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Sold out",
                    detail: "Not enough stock for some lines; nothing was ordered. Lower their quantities or remove them.",
                    extensions: new Dictionary<string, object?>
                    {
                        ["lines"] = result.ShortLines!.Select(s => new
                        {
                            sku = snapshotLines.GetValueOrDefault(s.SkuId)?.Entry?.Sku.Code,
                            requested = s.Requested,
                            available = s.Available,
                        }).ToList(),
                    });
            case PlacementStatus.KeyReused:
                return TypedResults.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "Idempotency-Key reused",
                    detail: "This Idempotency-Key was used for a different request. Use a new key for a new order.");
            default:
                return CartProblem();
        }

        async Task<OrderDto> OrderDtoAsync(long orderId, string key)
        {
            var details = await http.RequestServices.GetRequiredService<OrderQueries>().FindAsync(numbers.Format(orderId), key, null, cancellationToken);
            return Dto(details!, numbers);
        }
    }

    private static async Task<Results<Ok<OrderDto>, ProblemHttpResult>> GetOrder(string number, string? key, OrderQueries orders, OrderPayments payments,
        OrderNumbers numbers, CancellationToken cancellationToken)
    {
        var details = await orders.FindAsync(number, key, null, cancellationToken);
        if (details is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Order not found",
                detail: "No order has this number, or the key is not its access key.");
        }

        if (details.Payment?.State is PaymentState.Pending or PaymentState.RequiresAction)
        {
            // Back from a challenge: settle with the provider before answering, as a webhook would.
            await payments.RefreshAsync(details.Order.Id, cancellationToken);
            details = (await orders.FindAsync(number, key, null, cancellationToken))!;
        }

        return TypedResults.Ok(Dto(details, numbers));
    }

    private static ProblemHttpResult CartProblem() =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Cart not found or empty",
            detail: "Checkout needs a cart with at least one line; create one with POST /api/v1/carts and add lines.");

    private static AddressInput Address(CheckoutAddressDto dto) =>
        new(dto.Name, dto.Line1, dto.Line2, dto.City, dto.Region, dto.PostalCode, dto.Country, dto.Phone);

    internal static MoneyDto Money(Money money) => new(money.Currency.Code, money.Major, money.Format());

    private static QuoteDto Dto(CheckoutQuote quote, string language) => new(
        quote.Market.Code,
        quote.Market.Currency.Code,
        [.. quote.Cart.Lines.Select(l => new QuoteLineDto(l.Entry?.Sku.Code ?? "", l.Entry?.Style.Name.Get(language), l.Quantity,
            l.UnitPrice is { } u ? Money(u) : null, l.LineTotal is { } t ? Money(t) : null, l.ForSale, l.Available, l.ShipsAround))],
        [.. quote.Options.Select(o => new ShippingOptionDto(o.Method.Code, o.Method.Name.Get(language), o.Method.Kind.ToString(), Money(o.Price),
            o.Method.Estimate.Get(language), o.Method.PickupLocationCode))],
        quote.Shipping?.Method.Code,
        Money(quote.Subtotal),
        [.. quote.Discounts.Applied.Select(a => new DiscountDto(a.Label.Get(language), Money(new Money(a.AmountMinor, quote.Market.Currency)), a.FreeShipping))],
        Money(quote.ShippingPrice),
        Money(quote.Total),
        [.. quote.Vat.Select(v => new VatLineDto(v.Rate.Percent, Money(v.Gross), Money(v.Vat)))],
        quote.TypedCode is not null && quote.Discounts.CodeProblem != CodeProblem.None
            ? CheckoutErrorCodes.Discount(quote.Discounts.CodeProblem)
            : null,
        Money(new Money(quote.GiftCard.AppliedMinor, quote.Market.Currency)),
        Money(quote.AmountDue),
        quote.GiftCard.Problem == GiftCardProblem.None ? null : CheckoutErrorCodes.GiftCard(quote.GiftCard.Problem));

    internal static OrderDto Dto(OrderDetails details, OrderNumbers numbers)
    {
        var order = details.Order;
        var money = (long minor) => Money(new Money(minor, order.Currency));
        return new OrderDto(numbers.Format(order.Id), order.Status.ToString(), order.Email, order.Market, order.Language,
            [.. order.Lines.Select(l => new OrderLineDto(l.SkuCode, l.Name, l.Colour, l.Size, l.Quantity, money(l.UnitPriceMinor), money(l.LineTotalMinor),
                l.ShipsAround, l.ShippedQuantity, l.ReturnedQuantity))],
            money(order.SubtotalMinor), money(order.DiscountMinor), order.DiscountLabel, money(order.ShippingMinor), money(order.TotalMinor),
            money(order.GiftCardMinor), Money(order.AmountDue), money(order.VatMinor), order.ShippingMethodCode,
            details.Payment is { } p ? new PaymentDto(p.State.ToString(), p.ActionUrl, p.DeclineCode) : null, order.PlacedAt,
            [.. order.Transitions.OrderBy(t => t.Id).Select(t => new OrderTransitionDto(t.From?.ToString(), t.To.ToString(), t.Actor, t.At, t.Note))],
            [.. details.Shipments.Select(s => new ShipmentDto(s.Id, s.Status.ToString(), s.LocationCode, s.CarrierCode, s.TrackingNumber, s.TrackingUrl, s.ShippedAt, s.DeliveredAt,
                [.. s.Lines.Select(l => new ShipmentLineDto(order.Lines.First(o => o.Id == l.OrderLineId).SkuCode, l.Quantity))]))],
            numbers.PagePath(order));
    }
}
