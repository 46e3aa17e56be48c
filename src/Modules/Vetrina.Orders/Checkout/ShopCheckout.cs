using Vetrina.Cart.Contracts;
using Vetrina.Orders.Contracts;
using Vetrina.Orders.Payments;

namespace Vetrina.Orders.Checkout;

internal sealed class ShopCheckout(CheckoutService quotes, OrderPlacement placement, OrderPayments payments, OrderNumbers numbers) : ICheckout
{
    public Task<CheckoutQuote?> QuoteAsync(CartView bag, string? shippingMethod, string? discountCode, string? giftCardCode, CancellationToken cancellationToken) =>
        quotes.QuoteAsync(bag, shippingMethod, discountCode, giftCardCode, cancellationToken);

    public async Task<CheckoutOutcome> PlaceAsync(CheckoutInput input, string idempotencyKey, string? customerId, string actor, CancellationToken cancellationToken)
    {
        var result = await placement.PlaceAsync(input, idempotencyKey, customerId, actor, cancellationToken);
        switch (result.Status)
        {
            case PlacementStatus.Placed:
                var page = Welcome(result.Order!);
                var (_, payment) = await payments.AuthoriseAsync(result.Order!, result.Payment!, input.Card, page, cancellationToken);
                return new CheckoutOutcome(result.Status, page, new ShopperPayment(payment.State, payment.DeclineCode, payment.ActionUrl), OrderId: result.Order!.Id);
            case PlacementStatus.Replayed:
                return new CheckoutOutcome(result.Status, Welcome(result.Order!),
                    result.Payment is { } replayed ? new ShopperPayment(replayed.State, replayed.DeclineCode, replayed.ActionUrl) : null, OrderId: result.Order!.Id);
            default:
                return new CheckoutOutcome(result.Status, Errors: result.Errors, Quote: result.Quote, ShortLines: result.ShortLines);
        }
    }

    public async Task<string?> PlacedPageAsync(string idempotencyKey, CancellationToken cancellationToken) =>
        await placement.PlacedWithAsync(idempotencyKey, cancellationToken) is { } order ? Welcome(order) : null;

    /// <summary>The order's page as checkout (or the bank's check) lands on it: the one visit that says thank you.</summary>
    private string Welcome(Domain.Order order) => numbers.PagePath(order) + "&placed=1";
}
