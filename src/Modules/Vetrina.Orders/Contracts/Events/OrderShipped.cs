namespace Vetrina.Orders.Contracts.Events;

/// <summary>A parcel left with a carrier; the order may have more to ship (its status says PartiallyShipped then).</summary>
public sealed record OrderShipped(OrderSnapshot Order, long ShipmentId, string Carrier, string TrackingNumber, string? TrackingUrl,
    IReadOnlyList<UnitsOfLine> Units, DateTimeOffset OccurredAt) : OrderEvent(Order, OccurredAt);

/// <summary>Some units of one order line (shipped in a parcel, or returned).</summary>
public sealed record UnitsOfLine(long LineId, string Sku, int Quantity);
