using Vetrina.Kernel;
using Vetrina.Orders.Contracts;

namespace Vetrina.Orders.Domain;

/// <summary>
/// Our record of one attempt to pay for an order through a provider. Written in the order's transaction before the
/// provider is called, and its id is the provider's idempotency key: a crash between the two can be resolved by asking
/// the provider, and no charge can exist that no order knows of.
/// </summary>
internal sealed class OrderPayment
{
    private OrderPayment()
    {
        Provider = null!;
        Currency = null!;
    }

    public OrderPayment(long orderId, string provider, Money amount, DateTimeOffset at)
    {
        Id = Guid.NewGuid();
        OrderId = orderId;
        Provider = provider;
        AmountMinor = amount.Minor;
        Currency = amount.Currency;
        CreatedAt = at;
        UpdatedAt = at;
    }

    public Guid Id { get; private set; }

    public long OrderId { get; private set; }

    public string Provider { get; private set; }

    public string? Reference { get; private set; }

    public long AmountMinor { get; private set; }

    public Currency Currency { get; private set; }

    public PaymentState State { get; private set; }

    public string? ActionUrl { get; private set; }

    public string? DeclineCode { get; private set; }

    public long CapturedMinor { get; private set; }

    public long RefundedMinor { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public int Version { get; private set; }

    public void Record(PaymentState state, string? reference, string? actionUrl, string? declineCode, long capturedMinor, long refundedMinor,
        DateTimeOffset at)
    {
        State = state;
        Reference = reference ?? Reference;
        ActionUrl = actionUrl;
        DeclineCode = declineCode;
        CapturedMinor = capturedMinor;
        RefundedMinor = refundedMinor;
        UpdatedAt = at;
        Version++;
    }
}
