namespace Vetrina.Orders.Features.Api;

/// <param name="Unpacked">Units not yet in a parcel.</param>
/// <param name="ShipsAround">Set when the line was bought ahead of stock: it can be packed once the delivery is in.</param>
public sealed record FulfilmentLineDto(string Sku, string Name, string Colour, string Size, int Quantity, int Unpacked, DateOnly? ShipsAround);

/// <param name="PickupLocation">The store the shopper collects from (click &amp; collect); null when it is delivered.</param>
public sealed record FulfilmentOrderDto(string Number, string Status, DateTimeOffset PlacedAt, string ShippingMethod, string? PickupLocation,
    IReadOnlyList<FulfilmentLineDto> Lines);

public sealed record ParcelLineRequest(string? Sku, int? Quantity);

public sealed record PackRequest(string? Location, IReadOnlyList<ParcelLineRequest>? Lines);

public sealed record ShipRequest(string? Carrier, string? TrackingNumber);

/// <param name="Restock">Whether the units go back into sellable stock at the location (default); false when damaged or worn.</param>
public sealed record ReturnRequest(string? Location, IReadOnlyList<ParcelLineRequest>? Lines, string? Reason, bool Restock = true);

public sealed record CancelRequest(string? Reason);

public sealed record RefundRequest(decimal? Amount, string? Reason);
