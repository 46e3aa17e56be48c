namespace Vetrina.Orders.Features.Api;

/// <param name="Unpacked">Units not yet in a parcel.</param>
/// <param name="ShipsAround">Set when the line was bought ahead of stock: it can be packed once the delivery is in.</param>
internal sealed record FulfilmentLineDto(string Sku, string Name, string Colour, string Size, int Quantity, int Unpacked, DateOnly? ShipsAround);

/// <param name="PickupLocation">The store the shopper collects from (click &amp; collect); null when it is delivered.</param>
internal sealed record FulfilmentOrderDto(string Number, string Status, DateTimeOffset PlacedAt, string ShippingMethod, string? PickupLocation,
    IReadOnlyList<FulfilmentLineDto> Lines);

internal sealed record ParcelLineRequest(string? Sku, int? Quantity);

internal sealed record PackRequest(string? Location, IReadOnlyList<ParcelLineRequest>? Lines);

internal sealed record ShipRequest(string? Carrier, string? TrackingNumber);

/// <param name="Restock">Whether the units go back into sellable stock at the location (default); false when damaged or worn.</param>
/// <param name="ReturnNumber">The shopper's return the parcel came with, as on its label's barcode ("VT-100042-R1"): it is marked received.</param>
internal sealed record ReturnRequest(string? Location, IReadOnlyList<ParcelLineRequest>? Lines, string? Reason, bool Restock = true, string? ReturnNumber = null);

internal sealed record CancelRequest(string? Reason);

internal sealed record RefundRequest(decimal? Amount, string? Reason);
