using Vetrina.Kernel;

namespace Vetrina.Payments.Contracts;

/// <summary>
/// A payment service the shop charges through. Every call that moves money carries an idempotency key, so a retry
/// after a timeout or a crash can never charge, capture or refund twice.
/// </summary>
public interface IPaymentProvider
{
    string Name { get; }

    /// <summary>
    /// Whether the shopper types the card into our checkout (the built-in test network) or into the provider's own
    /// hosted page (Stripe Checkout: card data never reaches Vetrina, PCI SAQ A).
    /// </summary>
    bool TakesCardDetails { get; }

    /// <summary>Reserves the amount on the shopper's card; may ask the shopper to authenticate first (3-D Secure).</summary>
    Task<ProviderOutcome> AuthoriseAsync(AuthorisationRequest request, CancellationToken cancellationToken = default);

    /// <summary>Where a payment stands now, for when the shopper returns from a challenge or a webhook was missed.</summary>
    Task<ProviderOutcome> StatusAsync(string reference, CancellationToken cancellationToken = default);

    Task<ProviderOutcome> CaptureAsync(string reference, Money amount, string idempotencyKey, CancellationToken cancellationToken = default);

    Task<ProviderOutcome> VoidAsync(string reference, string idempotencyKey, CancellationToken cancellationToken = default);

    Task<ProviderOutcome> RefundAsync(string reference, Money amount, string idempotencyKey, CancellationToken cancellationToken = default);
}
