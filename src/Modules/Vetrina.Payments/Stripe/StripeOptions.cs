namespace Vetrina.Payments.Stripe;

/// <summary>Configuration section <c>Vetrina:Payments:Stripe</c>, used when <c>Vetrina:Payments:Provider</c> is <c>stripe</c>.</summary>
internal sealed class StripeOptions
{
    public string SecretKey { get; set; } = "";

    /// <summary>The signing secret of the webhook endpoint (<c>whsec_...</c>) that points at <c>/api/v1/payments/stripe/webhook</c>.</summary>
    public string WebhookSecret { get; set; } = "";

    /// <summary>Stripe's API address; tests point it at a local stand-in.</summary>
    public string ApiBase { get; set; } = "https://api.stripe.com";
}
