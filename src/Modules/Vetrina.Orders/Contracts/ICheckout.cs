using Vetrina.Cart.Contracts;
using Vetrina.Inventory.Contracts;
using Vetrina.Promotions.Contracts;

namespace Vetrina.Orders.Contracts;

/// <summary>Checkout as the shop's page uses it: a quote for a bag, and placing the order with its payment.</summary>
public interface ICheckout
{
    /// <summary>
    /// What the bag would cost if ordered now, with the given shipping method (else the market's first), discount code
    /// and gift card; null for an empty bag.
    /// </summary>
    Task<CheckoutQuote?> QuoteAsync(CartView bag, string? shippingMethod, string? discountCode, string? giftCardCode, CancellationToken cancellationToken);

    /// <summary>
    /// Places the order (once per idempotency key: the same request again answers with the same order) and, when it is
    /// placed, asks the payment provider to authorise it, with the order's page to come back to.
    /// </summary>
    Task<CheckoutOutcome> PlaceAsync(CheckoutInput input, string idempotencyKey, string? customerId, string actor, CancellationToken cancellationToken);

    /// <summary>The page of the order placed with this idempotency key, if one was (a form sent again after its bag became the order).</summary>
    Task<string?> PlacedPageAsync(string idempotencyKey, CancellationToken cancellationToken);
}

public enum PlacementStatus
{
    Placed,
    /// <summary>The idempotency key was used before with the same request: this is that order.</summary>
    Replayed,
    Invalid,
    /// <summary>The total differs from the one the shopper saw: nothing placed, the new quote is attached.</summary>
    TotalChanged,
    SoldOut,
    /// <summary>Some lines ship later (bought ahead of stock) and the shopper has not agreed to it: nothing placed, the quote says when.</summary>
    AvailabilityChanged,
    /// <summary>The idempotency key was used before with a different request.</summary>
    KeyReused,
    CartUnavailable,
}

/// <summary>
/// What placing came to. Placed or replayed: the order's page (with its access key) and its payment, declined or
/// waiting for the shopper at <see cref="ShopperPayment.ActionUrl"/> included. Otherwise why nothing was placed: the
/// fields that failed, the new quote, or the lines short of stock.
/// </summary>
public sealed record CheckoutOutcome(PlacementStatus Status, string? OrderPage = null, ShopperPayment? Payment = null,
    IReadOnlyList<CheckoutError>? Errors = null, CheckoutQuote? Quote = null, IReadOnlyList<ShortLine>? ShortLines = null, long? OrderId = null);

/// <summary>The stable codes of checkout's errors, which pages and the API turn into sentences.</summary>
public static class CheckoutErrorCodes
{
    public static string Discount(CodeProblem problem) => problem switch
    {
        CodeProblem.Expired => "discount_expired",
        CodeProblem.NotYetValid => "discount_not_yet_valid",
        CodeProblem.UsedUp => "discount_used_up",
        CodeProblem.WrongCurrency => "discount_other_market",
        CodeProblem.MinimumSpend => "discount_minimum_spend",
        CodeProblem.NoEligibleItems => "discount_no_eligible_items",
        CodeProblem.NotCombinable => "discount_not_combinable",
        CodeProblem.PerCustomerLimit => "discount_already_used",
        _ => "discount_unknown",
    };

    public static string GiftCard(GiftCardProblem problem) => problem switch
    {
        GiftCardProblem.Expired => "giftcard_expired",
        GiftCardProblem.OtherCurrency => "giftcard_other_currency",
        GiftCardProblem.Empty => "giftcard_empty",
        GiftCardProblem.BalanceChanged => "giftcard_balance_changed",
        _ => "giftcard_unknown",
    };
}
