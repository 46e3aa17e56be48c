namespace Vetrina.Inventory.Contracts;

/// <summary>
/// The stock an order holds, from checkout to the parcel leaving: holds are taken under a reference (the order's stock
/// reference), given back when the order does not go ahead, and turned into shipped units parcel by parcel. The
/// "within" commands join the caller's open transaction, so the order's change and its stock commit together.
/// </summary>
public interface IStockReservations
{
    /// <summary>
    /// Holds every line under the reference, or none. The holder then ties the reference to what it holds for (an
    /// order) or releases it; a hold left untied (the node died in between) is released by its owner's sweep.
    /// </summary>
    Task<ReservationResult> ReserveAsync(IReadOnlyList<ReservationLine> lines, string reference, CancellationToken cancellationToken = default);

    /// <summary>Gives back whatever a reference still holds (cancelled order, failed payment, expired checkout); returns the units freed.</summary>
    Task<int> ReleaseAsync(string reference, CancellationToken cancellationToken = default);

    /// <summary>Releases inside the caller's open transaction (an order cancelled and its stock freed commit together).</summary>
    Task<int> ReleaseWithinAsync(string reference, CancellationToken cancellationToken = default);

    /// <summary>
    /// Takes shipped units out of stock inside the caller's transaction, from the reservation where it is held at the
    /// shipping location or else from that location's free stock. False, having changed what the caller must roll back,
    /// when the location has not got the units.
    /// </summary>
    Task<bool> ShipWithinAsync(string reference, int skuId, string location, int quantity, CancellationToken cancellationToken = default);

    /// <summary>Puts units a shopper sent back on the shelf at a location, inside the caller's transaction.</summary>
    Task ReturnWithinAsync(int skuId, string location, int quantity, string reference, CancellationToken cancellationToken = default);
}
