using Vetrina.Orders.Domain;
using Vetrina.Inventory.Contracts;
using Vetrina.Orders.Contracts;

namespace Vetrina.Orders.Checkout;

internal sealed record PlacementResult(PlacementStatus Status, Order? Order = null, OrderPayment? Payment = null, IReadOnlyList<CheckoutError>? Errors = null,
    CheckoutQuote? Quote = null, IReadOnlyList<ShortLine>? ShortLines = null);
