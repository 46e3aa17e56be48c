namespace Vetrina.Orders.Contracts;

/// <summary>Where an order's payment stands with the provider.</summary>
public enum PaymentState
{
    Pending,
    RequiresAction,
    Authorised,
    Declined,
    Captured,
    PartiallyRefunded,
    Refunded,
    Voided,
}
