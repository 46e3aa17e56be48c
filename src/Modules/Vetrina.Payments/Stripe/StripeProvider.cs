using Microsoft.Extensions.Options;
using Stripe;
using Stripe.Checkout;
using Vetrina.Kernel;
using Vetrina.Payments.Contracts;

namespace Vetrina.Payments.Stripe;

/// <summary>
/// Payments through Stripe: the shopper pays on a Stripe Checkout page (card data never reaches Vetrina), the payment
/// is authorised there and captured when the order ships (PaymentIntents with manual capture). Every call that moves
/// money carries our idempotency key. Amounts are in the currency's minor unit, which is also Stripe's (KRW has none).
/// </summary>
internal sealed class StripeProvider(IOptions<StripeOptions> options) : IPaymentProvider
{
    public const string ProviderName = "stripe";

    /// <summary>The metadata that carries our payment's reference on Stripe's session and payment, read back from webhook notices.</summary>
    public const string PaymentKey = "vetrina_payment";

    private readonly Lazy<StripeClient> client = new(() => new StripeClient(options.Value.SecretKey, apiBase: options.Value.ApiBase));

    public string Name => ProviderName;

    public bool TakesCardDetails => false;

    public async Task<ProviderOutcome> AuthoriseAsync(AuthorisationRequest request, CancellationToken cancellationToken = default)
    {
        try
        {
            var session = await new SessionService(client.Value).CreateAsync(new SessionCreateOptions
            {
                Mode = "payment",
                SuccessUrl = request.ReturnUrl,
                CancelUrl = request.ReturnUrl,
                ClientReferenceId = request.IdempotencyKey,
                Locale = request.Language is "it" or "ko" ? request.Language : "en",
                LineItems =
                [
                    new SessionLineItemOptions
                    {
                        Quantity = 1,
                        PriceData = new SessionLineItemPriceDataOptions
                        {
                            Currency = request.Amount.Currency.Code.ToLowerInvariant(),
                            UnitAmount = request.Amount.Minor,
                            ProductData = new SessionLineItemPriceDataProductDataOptions { Name = request.Description },
                        },
                    },
                ],
                PaymentIntentData = new SessionPaymentIntentDataOptions
                {
                    CaptureMethod = "manual",
                    Metadata = new Dictionary<string, string> { [PaymentKey] = request.IdempotencyKey },
                },
                Metadata = new Dictionary<string, string> { [PaymentKey] = request.IdempotencyKey },
            }, new RequestOptions { IdempotencyKey = request.IdempotencyKey }, cancellationToken);
            return new ProviderOutcome(ProviderStatus.RequiresAction, session.Id, session.Url);
        }
        catch (StripeException e)
        {
            return new ProviderOutcome(ProviderStatus.Declined, "", DeclineCode: e.StripeError?.Code ?? "stripe_error");
        }
    }

    public async Task<ProviderOutcome> StatusAsync(string reference, CancellationToken cancellationToken = default)
    {
        if (!reference.StartsWith("cs_", StringComparison.Ordinal))
        {
            return Outcome(await new PaymentIntentService(client.Value).GetAsync(reference, new PaymentIntentGetOptions { Expand = ["latest_charge"] },
                cancellationToken: cancellationToken));
        }

        var session = await new SessionService(client.Value).GetAsync(reference, new SessionGetOptions { Expand = ["payment_intent"] },
            cancellationToken: cancellationToken);
        return session.PaymentIntent is { } intent
            ? Outcome(intent)
            : session.Status == "expired"
                ? new ProviderOutcome(ProviderStatus.Declined, session.Id, DeclineCode: "checkout_expired")
                : new ProviderOutcome(ProviderStatus.RequiresAction, session.Id, session.Url);
    }

    public Task<ProviderOutcome> CaptureAsync(string reference, Money amount, string idempotencyKey, CancellationToken cancellationToken = default) =>
        CallAsync(reference, async () => Outcome(await new PaymentIntentService(client.Value).CaptureAsync(reference,
            new PaymentIntentCaptureOptions { AmountToCapture = amount.Minor }, new RequestOptions { IdempotencyKey = idempotencyKey }, cancellationToken)));

    public Task<ProviderOutcome> VoidAsync(string reference, string idempotencyKey, CancellationToken cancellationToken = default) =>
        CallAsync(reference, async () =>
        {
            if (reference.StartsWith("cs_", StringComparison.Ordinal))
            {
                // Not paid yet: closing the Checkout page means nothing can be authorised on it any more.
                var session = await new SessionService(client.Value).ExpireAsync(reference, null, new RequestOptions { IdempotencyKey = idempotencyKey },
                    cancellationToken);
                return new ProviderOutcome(ProviderStatus.Voided, session.Id);
            }

            return Outcome(await new PaymentIntentService(client.Value).CancelAsync(reference, null, new RequestOptions { IdempotencyKey = idempotencyKey },
                cancellationToken));
        });

    public Task<ProviderOutcome> RefundAsync(string reference, Money amount, string idempotencyKey, CancellationToken cancellationToken = default) =>
        CallAsync(reference, async () =>
        {
            await new RefundService(client.Value).CreateAsync(new RefundCreateOptions { PaymentIntent = reference, Amount = amount.Minor },
                new RequestOptions { IdempotencyKey = idempotencyKey }, cancellationToken);
            return await StatusAsync(reference, cancellationToken);
        });

    private static async Task<ProviderOutcome> CallAsync(string reference, Func<Task<ProviderOutcome>> call)
    {
        try
        {
            return await call();
        }
        catch (StripeException e)
        {
            return new ProviderOutcome(ProviderStatus.Unknown, reference, DeclineCode: e.StripeError?.Code ?? "stripe_error");
        }
    }

    private static ProviderOutcome Outcome(PaymentIntent intent)
    {
        var refunded = intent.LatestCharge?.AmountRefunded ?? 0;
        return intent.Status switch
        {
            "requires_capture" => new(ProviderStatus.Authorised, intent.Id),
            "succeeded" when refunded == 0 => new(ProviderStatus.Captured, intent.Id, CapturedMinor: intent.AmountReceived),
            "succeeded" => new(refunded < intent.AmountReceived ? ProviderStatus.PartiallyRefunded : ProviderStatus.Refunded, intent.Id,
                CapturedMinor: intent.AmountReceived, RefundedMinor: refunded),
            "canceled" => new(ProviderStatus.Voided, intent.Id),
            "requires_payment_method" when intent.LastPaymentError is { } error => new(ProviderStatus.Declined, intent.Id, DeclineCode: error.Code),
            _ => new(ProviderStatus.RequiresAction, intent.Id),
        };
    }
}
