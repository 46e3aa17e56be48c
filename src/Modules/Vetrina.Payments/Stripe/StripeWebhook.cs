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
        Event notice;
        try
        {
            notice = EventUtility.ConstructEvent(body, signature, options.Value.WebhookSecret, ToleranceSeconds, throwOnApiVersionMismatch: false);
        }
        catch (StripeException e)
        {
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
