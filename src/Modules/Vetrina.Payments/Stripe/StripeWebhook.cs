using Microsoft.Extensions.Options;
using Stripe;
using Stripe.Checkout;
using Vetrina.Payments.Contracts;

namespace Vetrina.Payments.Stripe;

/// <summary>Stripe's webhook notices: the signature is an HMAC over timestamp and body, accepted for five minutes.</summary>
internal sealed class StripeWebhook(IOptions<StripeOptions> options) : IProviderWebhook
{
    private const long ToleranceSeconds = 300;

    public ProviderNotice Read(string body, string? signature)
    {
        if (string.IsNullOrEmpty(options.Value.WebhookSecret))
        {
            return ProviderNotice.Refused("This shop takes no Stripe webhooks: Vetrina:Payments:Stripe:WebhookSecret is not set.");
        }

        if (string.IsNullOrEmpty(signature))
        {
            return ProviderNotice.Refused("The Stripe-Signature header is missing.");
        }

        Event notice;
        try
        {
            notice = EventUtility.ConstructEvent(body, signature, options.Value.WebhookSecret, ToleranceSeconds, throwOnApiVersionMismatch: false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Anyone can post here: whatever Stripe's library makes of a body it cannot read (a bad signature, JSON
            // that is no event) is a refusal, never a server error.
            return ProviderNotice.Refused(e.Message);
        }

        var reference = notice.Data.Object switch
        {
            Session session => session.Metadata?.GetValueOrDefault(StripeProvider.PaymentKey),
            PaymentIntent intent => intent.Metadata?.GetValueOrDefault(StripeProvider.PaymentKey),
            _ => null,
        };
        return new ProviderNotice(notice.Id, notice.Type, Guid.TryParseExact(reference, "N", out var payment) ? payment : null);
    }
}
