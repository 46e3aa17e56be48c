using Microsoft.EntityFrameworkCore;
using Vetrina.Data;
using Vetrina.Payments.Contracts;

namespace Vetrina.Payments.Stripe;

internal sealed class StripeEventLog(VetrinaDbContext db, TimeProvider clock) : IProviderEventLog
{
    public Task<bool> SeenAsync(string eventId, CancellationToken cancellationToken) =>
        db.Set<StripeEvent>().AnyAsync(e => e.Id == eventId, cancellationToken);

    public async Task RememberAsync(string eventId, string type, CancellationToken cancellationToken)
    {
        var entry = db.Add(new StripeEvent(eventId, type, clock.GetUtcNow()));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The same event delivered twice at once: the other delivery recorded it.
        }
        finally
        {
            entry.State = EntityState.Detached;
        }
    }
}
