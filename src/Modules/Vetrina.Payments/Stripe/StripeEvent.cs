namespace Vetrina.Payments.Stripe;

/// <summary>A Stripe event already handled: Stripe delivers at least once, so a repeat is acknowledged and skipped.</summary>
internal sealed class StripeEvent
{
    private StripeEvent()
    {
        Id = null!;
        Type = null!;
    }

    public StripeEvent(string id, string type, DateTimeOffset at)
    {
        Id = id;
        Type = type;
        ReceivedAt = at;
    }

    public string Id { get; private set; }

    public string Type { get; private set; }

    public DateTimeOffset ReceivedAt { get; private set; }
}
