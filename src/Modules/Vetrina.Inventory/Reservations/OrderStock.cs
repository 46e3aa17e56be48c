using Vetrina.Inventory.Contracts;
using Vetrina.Inventory.Operations;

namespace Vetrina.Inventory.Reservations;

/// <summary>The reservation commands other modules may give (<see cref="IStockReservations"/>), over the ledger's own services.</summary>
internal sealed class OrderStock(StockReservations reservations, StockOperations operations) : IStockReservations
{
    public Task<ReservationResult> ReserveAsync(IReadOnlyList<ReservationLine> lines, string reference, CancellationToken cancellationToken = default) =>
        reservations.ReserveAsync(lines, reference, cancellationToken);

    public Task<int> ReleaseAsync(string reference, CancellationToken cancellationToken = default) =>
        reservations.ReleaseAsync(reference, cancellationToken: cancellationToken);

    public Task<int> ReleaseWithinAsync(string reference, CancellationToken cancellationToken = default) =>
        reservations.ReleaseWithinAsync(reference, cancellationToken: cancellationToken);

    public Task<bool> ShipWithinAsync(string reference, int skuId, string location, int quantity, CancellationToken cancellationToken = default) =>
        reservations.ShipWithinAsync(reference, skuId, location, quantity, cancellationToken);

    public Task ReturnWithinAsync(int skuId, string location, int quantity, string reference, CancellationToken cancellationToken = default) =>
        operations.ReturnWithinAsync(skuId, location, quantity, reference, cancellationToken);
}
