using Vetrina.Kernel;

namespace Vetrina.Payments.Contracts;

/// <summary>Card details as a shopper typed them; only providers that take cards on our page receive them.</summary>
public sealed record CardDetails(string Number, int ExpiryMonth, int ExpiryYear, string Cvc, string? Holder);

/// <param name="IdempotencyKey">The same key always yields the same authorisation (one per payment attempt).</param>
/// <param name="ReturnUrl">Where the shopper comes back to after a challenge.</param>
public sealed record AuthorisationRequest(string IdempotencyKey, Money Amount, string Description, CardDetails? Card, string ReturnUrl,
    string Language);

public enum ProviderStatus
{
    RequiresAction,
    Authorised,
    Declined,
    Captured,
    PartiallyRefunded,
    Refunded,
    Voided,
    Unknown,
}

/// <param name="Reference">The provider's id of the payment.</param>
/// <param name="ActionUrl">Where to send the shopper when <see cref="ProviderStatus.RequiresAction"/>.</param>
/// <param name="DeclineCode">Why the card was declined (card_declined, insufficient_funds, expired_card, authentication_failed).</param>
public sealed record ProviderOutcome(ProviderStatus Status, string Reference, string? ActionUrl = null, string? DeclineCode = null,
    long CapturedMinor = 0, long RefundedMinor = 0);
