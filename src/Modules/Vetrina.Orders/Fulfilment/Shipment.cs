namespace Vetrina.Orders.Fulfilment;

internal enum ShipmentStatus
{
    /// <summary>Picked and packed at a location, waiting for the courier.</summary>
    Packed,
    Shipped,

    /// <summary>The carrier handed it to the shopper (or the shopper collected it in store).</summary>
    Delivered,
}

/// <summary>
/// A parcel: some units of an order's lines, packed at one location and handed to a carrier. An order ships in one
/// parcel or several (partial shipments, or split across the warehouse and a store).
/// </summary>
internal sealed class Shipment
{
    private readonly List<ShipmentLine> lines = [];

    private Shipment()
    {
        LocationCode = null!;
        PackedBy = null!;
    }

    public Shipment(long orderId, string locationCode, IEnumerable<ShipmentLine> shipmentLines, string actor, DateTimeOffset at)
    {
        OrderId = orderId;
        LocationCode = locationCode;
        lines.AddRange(shipmentLines);
        PackedBy = actor;
        PackedAt = at;
    }

    public long Id { get; private set; }

    public long OrderId { get; private set; }

    public string LocationCode { get; private set; }

    public ShipmentStatus Status { get; private set; }

    public string? CarrierCode { get; private set; }

    public string? TrackingNumber { get; private set; }

    public string PackedBy { get; private set; }

    public DateTimeOffset PackedAt { get; private set; }

    public string? ShippedBy { get; private set; }

    public DateTimeOffset? ShippedAt { get; private set; }

    public DateTimeOffset? DeliveredAt { get; private set; }

    public IReadOnlyList<ShipmentLine> Lines => lines;

    public string? TrackingUrl => CarrierCode is { } carrier && TrackingNumber is { } number ? Carriers.TrackingUrl(carrier, number) : null;

    public void MarkShipped(string carrierCode, string trackingNumber, string actor, DateTimeOffset at)
    {
        if (Status != ShipmentStatus.Packed)
        {
            throw new InvalidOperationException("Only a packed parcel can be handed to a carrier.");
        }

        CarrierCode = carrierCode;
        TrackingNumber = trackingNumber;
        ShippedBy = actor;
        ShippedAt = at;
        Status = ShipmentStatus.Shipped;
    }

    /// <summary>The parcel reached the shopper: from the carrier's tracking or the store that handed it over.</summary>
    public void MarkDelivered(DateTimeOffset at)
    {
        if (Status != ShipmentStatus.Shipped)
        {
            throw new InvalidOperationException("Only a parcel on its way can be delivered.");
        }

        DeliveredAt = at;
        Status = ShipmentStatus.Delivered;
    }
}

internal sealed class ShipmentLine
{
    private ShipmentLine()
    {
    }

    public ShipmentLine(long orderLineId, int skuId, int quantity)
    {
        OrderLineId = orderLineId;
        SkuId = skuId;
        Quantity = quantity;
    }

    public long Id { get; private set; }

    public long ShipmentId { get; private set; }

    public long OrderLineId { get; private set; }

    public int SkuId { get; private set; }

    public int Quantity { get; private set; }
}
