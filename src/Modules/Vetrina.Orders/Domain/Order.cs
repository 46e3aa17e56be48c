using System.Security.Cryptography;
using Vetrina.Kernel;
using Vetrina.Kernel.Addresses;
using Vetrina.Orders.Contracts;

namespace Vetrina.Orders.Domain;

/// <summary>
/// An order: what was bought, by whom, delivered where, for how much. Its status changes only through
/// <see cref="MoveTo"/>, which follows <see cref="OrderStateMachine"/> and records every step in <see cref="Transitions"/>.
/// </summary>
internal sealed class Order
{
    private readonly List<OrderLine> lines = [];
    private readonly List<OrderTransition> transitions = [];

    private Order()
    {
        AccessKey = null!;
        Market = null!;
        Currency = null!;
        Language = null!;
        Email = null!;
        ShippingAddress = null!;
        BillingAddress = null!;
        ShippingMethodCode = null!;
        ShippingMethodName = null!;
        StockReference = null!;
    }

    /// <param name="stockReference">The reference the order's stock was held under, before the order existed.</param>
    public Order(OrderDraft draft, IEnumerable<OrderLine> orderLines, string stockReference, string actor, DateTimeOffset at, TimeSpan paymentWindow)
    {
        StockReference = stockReference;
        AccessKey = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        Market = draft.Market;
        Currency = draft.Currency;
        Language = draft.Language;
        Email = draft.Email;
        CustomerId = draft.CustomerId;
        ShippingAddress = draft.ShippingAddress;
        BillingAddress = draft.BillingAddress;
        ShippingMethodCode = draft.ShippingMethodCode;
        ShippingMethodName = draft.ShippingMethodName;
        PickupLocationCode = draft.PickupLocationCode;
        ShippingMinor = draft.ShippingMinor;
        ShippingVatMinor = draft.ShippingVatMinor;
        MarketingConsent = draft.MarketingConsent;
        CartId = draft.CartId;
        VisitorId = draft.Visitor?.Id;
        VisitorKind = draft.Visitor?.Kind;
        lines.AddRange(orderLines);
        SubtotalMinor = lines.Sum(l => l.LineTotalMinor);
        DiscountMinor = draft.DiscountMinor;
        DiscountLabel = draft.DiscountLabel;
        VatMinor = draft.VatMinor;
        TotalMinor = SubtotalMinor - DiscountMinor + ShippingMinor;
        GiftCardMinor = draft.GiftCardMinor;
        PlacedAt = at;
        UpdatedAt = at;
        PaymentDueBy = at + paymentWindow;
        Status = OrderStatus.Placed;
        transitions.Add(new OrderTransition(null, OrderStatus.Placed, actor, at, null));
    }

    public long Id { get; private set; }

    /// <summary>A secret that lets a guest see their order (links in emails, the return from a payment challenge).</summary>
    public string AccessKey { get; private set; }

    public string Market { get; private set; }

    public Currency Currency { get; private set; }

    public string Language { get; private set; }

    public string Email { get; private set; }

    public string? CustomerId { get; private set; }

    /// <summary>The analytics visitor who placed the order (as far as their consent lets the shop know), whose sessions earn the sale.</summary>
    public Guid? VisitorId { get; private set; }

    public VisitorKind? VisitorKind { get; private set; }

    public PostalAddress ShippingAddress { get; private set; }

    public PostalAddress BillingAddress { get; private set; }

    public string ShippingMethodCode { get; private set; }

    public string ShippingMethodName { get; private set; }

    public string? PickupLocationCode { get; private set; }

    public long SubtotalMinor { get; private set; }

    public long ShippingMinor { get; private set; }

    public long ShippingVatMinor { get; private set; }

    /// <summary>What promotions and the discount code took off the items (VAT included).</summary>
    public long DiscountMinor { get; private set; }

    /// <summary>The part of the total a gift card paid; the card pays the rest.</summary>
    public long GiftCardMinor { get; private set; }

    public Money AmountDue => new(TotalMinor - GiftCardMinor, Currency);

    /// <summary>The code and promotion names, as the shopper saw them ("WELCOME10 · Buy 2, save 10%").</summary>
    public string? DiscountLabel { get; private set; }

    public long TotalMinor { get; private set; }

    public long VatMinor { get; private set; }

    public Money Total => new(TotalMinor, Currency);

    public OrderStatus Status { get; private set; }

    public DateTimeOffset PlacedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>Stock is held until then; an order still unpaid afterwards is cancelled and its stock released.</summary>
    public DateTimeOffset PaymentDueBy { get; private set; }

    public bool MarketingConsent { get; private set; }

    public Guid? CartId { get; private set; }

    public int Version { get; private set; }

    public IReadOnlyList<OrderLine> Lines => lines;

    public IReadOnlyList<OrderTransition> Transitions => transitions;

    /// <summary>The reference its stock reservations and ledger movements carry.</summary>
    public string StockReference { get; private set; }

    public bool IsFullyShipped => lines.All(l => l.ShippedQuantity >= l.Quantity);

    /// <summary>Records units of a line as shipped; the caller moves the status once the whole parcel is recorded.</summary>
    public void RecordShipped(long lineId, int quantity, DateTimeOffset at)
    {
        var line = lines.Single(l => l.Id == lineId);
        if (quantity < 1 || line.ShippedQuantity + quantity > line.Quantity)
        {
            throw new ArgumentOutOfRangeException(nameof(quantity), "More units than the line has left to ship.");
        }

        line.RecordShipped(quantity);
        Touch(at);
    }

    /// <summary>Marks the order changed without a new status (a parcel packed), so that a concurrent change fails on the version.</summary>
    public void Touch(DateTimeOffset at)
    {
        UpdatedAt = at;
        Version++;
    }

    /// <summary>Moves to a new status if the state machine allows it; returns false (and changes nothing) if not.</summary>
    public bool MoveTo(OrderStatus to, string actor, DateTimeOffset at, string? note = null)
    {
        if (!OrderStateMachine.CanMove(Status, to))
        {
            return false;
        }

        transitions.Add(new OrderTransition(Status, to, actor, at, note));
        Status = to;
        UpdatedAt = at;
        Version++;
        return true;
    }
}

/// <summary>Everything about an order except its lines, as checkout has worked it out.</summary>
internal sealed record OrderDraft(string Market, Currency Currency, string Language, string Email, string? CustomerId, PostalAddress ShippingAddress,
    PostalAddress BillingAddress, string ShippingMethodCode, string ShippingMethodName, string? PickupLocationCode, long ShippingMinor,
    long ShippingVatMinor, bool MarketingConsent, Guid? CartId, long DiscountMinor, string? DiscountLabel, long VatMinor, long GiftCardMinor = 0,
    Visitor? Visitor = null);
