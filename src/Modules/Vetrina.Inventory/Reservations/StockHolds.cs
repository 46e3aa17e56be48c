using Microsoft.EntityFrameworkCore;
using Vetrina.Data;
using Vetrina.Inventory.Contracts;
using Vetrina.Inventory.Domain;

namespace Vetrina.Inventory.Reservations;

internal sealed class StockHolds(VetrinaDbContext db, StockReservations reservations) : IStockHolds
{
    public async Task<IReadOnlyList<string>> StillHeldAsync(string prefix, DateTimeOffset from, DateTimeOffset to, string? after, int take,
        CancellationToken cancellationToken)
    {
        var movements = db.Set<StockMovement>().AsNoTracking();
        var held = movements.Where(m => m.Kind == MovementKind.Reservation && m.At > from && m.At < to && m.Reference.StartsWith(prefix))
            .Select(m => m.Reference).Distinct()
            .Where(reference => movements.Where(m => m.Reference == reference).Sum(m => m.ReservedDelta) > 0);
        if (after is not null)
        {
            // Compared in SQL by the database; references are ASCII ("hold:" and hex), which every collation orders alike.
#pragma warning disable CA1309
            held = held.Where(reference => string.Compare(reference, after) > 0);
#pragma warning restore CA1309
        }

        return await held.OrderBy(reference => reference).Take(take).ToListAsync(cancellationToken);
    }

    public Task<int> ReleaseAsync(string reference, CancellationToken cancellationToken) =>
        reservations.ReleaseAsync(reference, cancellationToken: cancellationToken);
}
