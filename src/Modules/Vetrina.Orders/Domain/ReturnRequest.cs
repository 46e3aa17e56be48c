using Vetrina.Orders.Contracts;

namespace Vetrina.Orders.Domain;

/// <summary>
/// A shopper's request to send units back, before they arrive: which units and why, how they travel (a prepaid label or
/// a store), and what the return shipping costs the shopper. Numbered per order ("VT-100042-R1"). When the warehouse
/// receives the parcel it becomes an <see cref="OrderReturn"/>; the refund follows once, for what came back.
/// </summary>
internal sealed class ReturnRequest
{
    private readonly List<ReturnRequestLine> lines = [];
    private readonly List<ReturnPhoto> photos = [];

    private ReturnRequest()
    {
        Number = null!;
        Key = null!;
        AccessKey = null!;
        Language = null!;
    }

    public ReturnRequest(long orderId, int sequence, string number, string key, string accessKey, string language, ReturnMethod method, string? store,
        long shippingFeeMinor, string? note, long? withdrawalSequence, DateTimeOffset requestedAt, IEnumerable<ReturnRequestLine> requested,
        ReturnResolution resolution = ReturnResolution.Refund, string? exchangeReference = null)
    {
        Resolution = resolution;
        ExchangeReference = exchangeReference;
        OrderId = orderId;
        Sequence = sequence;
        Number = number;
        Key = key;
        AccessKey = accessKey;
        Language = language;
        Method = method;
        Store = store;
        ShippingFeeMinor = shippingFeeMinor;
        Note = note;
        WithdrawalSequence = withdrawalSequence;
        RequestedAt = requestedAt;
        lines.AddRange(requested);
    }

    public long Id { get; private set; }

    public long OrderId { get; private set; }

    /// <summary>1 for an order's first return, 2 for its second...: unique per order, so two requests at once cannot share a number.</summary>
    public int Sequence { get; private set; }

    public string Number { get; private set; }

    /// <summary>The confirming form's one-time token.</summary>
    public string Key { get; private set; }

    /// <summary>What opens the return's page and label without signing in (sent in its confirmation).</summary>
    public string AccessKey { get; private set; }

    public string Language { get; private set; }

    public ReturnMethod Method { get; private set; }

    /// <summary>The stock location code of the store it is handed in at, for a drop-off.</summary>
    public string? Store { get; private set; }

    /// <summary>Return shipping the shopper pays, taken off the refund (nought when the shop pays, or in store).</summary>
    public long ShippingFeeMinor { get; private set; }

    public string? Note { get; private set; }

    /// <summary>The withdrawal log entry (its sequence) that opened it, when it came through the withdrawal function.</summary>
    public long? WithdrawalSequence { get; private set; }

    public DateTimeOffset RequestedAt { get; private set; }

    public ReturnStage Stage { get; private set; }

    /// <summary>The receipt that closed it, once the warehouse or store has the units.</summary>
    public long? OrderReturnId { get; private set; }

    public DateTimeOffset? ReceivedAt { get; private set; }

    public DateTimeOffset? RefundedAt { get; private set; }

    public ReturnResolution Resolution { get; private set; }

    /// <summary>The stock hold of the exchanged units (taken at request time, shipped from when the return arrives).</summary>
    public string? ExchangeReference { get; private set; }

    /// <summary>The exchange may leave before the return arrives: the shopper is trusted (enough orders kept before).</summary>
    public bool ShipsAtOnce { get; private set; }

    public DateTimeOffset? ExchangeShippedAt { get; private set; }

    public string? ExchangeCarrier { get; private set; }

    public string? ExchangeTracking { get; private set; }

    /// <summary>The last four characters of the gift card issued as store credit (the code itself went to the shopper).</summary>
    public string? CreditCardEnding { get; private set; }

    public IReadOnlyList<ReturnRequestLine> Lines => lines;

    public IReadOnlyList<ReturnPhoto> Photos => photos;

    public void Attach(ReturnPhoto photo) => photos.Add(photo);

    public void MarkReceived(long orderReturnId, DateTimeOffset at)
    {
        if (Stage != ReturnStage.Requested)
        {
            throw new InvalidOperationException($"Return {Number} was received already.");
        }

        // An exchange sent ahead is settled once its return is in.
        (Stage, OrderReturnId, ReceivedAt) = (ExchangeShippedAt is null ? ReturnStage.Received : ReturnStage.Exchanged, orderReturnId, at);
    }

    public void MarkRefunded(DateTimeOffset at, string? creditCardEnding = null)
    {
        if (Stage != ReturnStage.Received || Resolution == ReturnResolution.Exchange)
        {
            throw new InvalidOperationException($"Return {Number} is refunded once, after it arrives, unless it is an exchange.");
        }

        (Stage, RefundedAt, CreditCardEnding) = (ReturnStage.Refunded, at, creditCardEnding);
    }

    /// <summary>An exchange not yet sent whose return has arrived, or which is trusted to go first.</summary>
    public bool CanSendExchange => Resolution == ReturnResolution.Exchange && ExchangeShippedAt is null
        && (Stage == ReturnStage.Received || (Stage == ReturnStage.Requested && ShipsAtOnce));

    public void Trust()
    {
        if (Resolution != ReturnResolution.Exchange)
        {
            throw new InvalidOperationException("Only an exchange is sent ahead of its return.");
        }

        ShipsAtOnce = true;
    }

    public void Cancel()
    {
        if (Stage != ReturnStage.Requested || ExchangeShippedAt is not null)
        {
            throw new InvalidOperationException($"Return {Number} has arrived or its exchange has left: it cannot be called off.");
        }

        Stage = ReturnStage.Cancelled;
    }

    public void MarkExchanged(string carrier, string tracking, DateTimeOffset at)
    {
        if (!CanSendExchange)
        {
            throw new InvalidOperationException($"Return {Number} sends its exchange once, after it arrives (before, for a trusted shopper).");
        }

        // Sent ahead, the return still has to come: it stays requested until it arrives.
        (Stage, ExchangeShippedAt, ExchangeCarrier, ExchangeTracking) = (Stage == ReturnStage.Received ? ReturnStage.Exchanged : Stage, at, carrier, tracking);
    }
}

internal sealed class ReturnRequestLine
{
    private ReturnRequestLine()
    {
    }

    public ReturnRequestLine(long orderLineId, int quantity, ReturnReason reason, int? exchangeSkuId = null, string? exchangeFor = null)
    {
        OrderLineId = orderLineId;
        Quantity = quantity;
        Reason = reason;
        ExchangeSkuId = exchangeSkuId;
        ExchangeFor = exchangeFor;
    }

    public long Id { get; private set; }

    public long ReturnRequestId { get; private set; }

    public long OrderLineId { get; private set; }

    public int Quantity { get; private set; }

    public ReturnReason Reason { get; private set; }

    /// <summary>The SKU sent in exchange, for an exchange.</summary>
    public int? ExchangeSkuId { get; private set; }

    /// <summary>What is sent in exchange as the shopper chose it: "SKU code · colour · size".</summary>
    public string? ExchangeFor { get; private set; }
}

/// <summary>A shopper's photo of a fault, re-encoded; only staff see it.</summary>
internal sealed class ReturnPhoto
{
    private ReturnPhoto()
    {
        Content = null!;
    }

    public ReturnPhoto(Guid id, byte[] content, int width, int height)
    {
        Id = id;
        Content = content;
        Width = width;
        Height = height;
    }

    public Guid Id { get; private set; }

    public long ReturnRequestId { get; private set; }

    public byte[] Content { get; private set; }

    public int Width { get; private set; }

    public int Height { get; private set; }
}
