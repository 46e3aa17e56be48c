using Vetrina.Orders.Domain;
using Vetrina.Inventory.Contracts;

namespace Vetrina.Orders.Checkout;

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

public sealed record PlacementResult(PlacementStatus Status, Order? Order = null, OrderPayment? Payment = null, IReadOnlyList<CheckoutError>? Errors = null,
    CheckoutQuote? Quote = null, IReadOnlyList<ShortLine>? ShortLines = null);
