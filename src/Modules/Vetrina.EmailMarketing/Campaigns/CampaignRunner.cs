using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vetrina.Data;
using Vetrina.EmailMarketing.Sending;

namespace Vetrina.EmailMarketing.Campaigns;

/// <summary>
/// Moves campaigns along, every few seconds on one node of the cluster: scheduled and due → recipients written down →
/// sent (the A/B share first, then the rest with the winning subject) → sent. Every step reads its state from the
/// database, so a run cut short by a crash is simply continued by the next.
/// </summary>
internal sealed class CampaignRunner(IServiceScopeFactory scopes, CampaignSender sender, TimeProvider clock)
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<VetrinaDbContext>();
            var now = clock.GetUtcNow();
            var due = await db.Set<EmailCampaign>().AsNoTracking()
                .Where(c => (c.Status == CampaignStatus.Scheduled && c.ScheduledAt <= now) || c.Status == CampaignStatus.Preparing)
                .Select(c => c.Id).ToListAsync(cancellationToken);
            foreach (var id in due)
            {
                await scope.ServiceProvider.GetRequiredService<CampaignPreparation>().PrepareAsync(id, cancellationToken);
            }

            await DecideTestsAsync(db, now, cancellationToken);
        }

        await sender.SendDueAsync(cancellationToken);
        await FinishAsync(cancellationToken);
    }

    private static async Task DecideTestsAsync(VetrinaDbContext db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var testing = await db.Set<EmailCampaign>().Where(c => c.Status == CampaignStatus.Testing).ToListAsync(cancellationToken);
        foreach (var campaign in testing)
        {
            var arms = await db.Set<EmailSend>().Where(s => s.CampaignId == campaign.Id && s.Variant != 'W')
                .GroupBy(s => s.Variant)
                .Select(g => new
                {
                    Variant = g.Key,
                    Unsent = g.Count(s => s.FinishedAt == null && s.Skipped == null),
                    LastSent = g.Max(s => s.FinishedAt),
                    Delivered = g.Count(s => s.FinishedAt != null && s.BouncedAt == null),
                    Opens = g.Count(s => s.OpenedAt != null && !s.MachineOpen),
                })
                .ToListAsync(cancellationToken);
            if (arms.Any(a => a.Unsent > 0) || arms.Where(a => a.LastSent != null).Select(a => a.LastSent!.Value).DefaultIfEmpty(now).Max() + campaign.WinnerAfter > now)
            {
                continue;
            }

            AbTest.Arm Arm(char variant) => arms.FirstOrDefault(a => a.Variant == variant) is { } arm ? new(arm.Delivered, arm.Opens) : new(0, 0);
            campaign.Decide(AbTest.Winner(Arm('A'), Arm('B')));
            await db.Set<EmailSend>().Where(s => s.CampaignId == campaign.Id && s.Variant == 'W' && s.DueAt == null)
                .ExecuteUpdateAsync(set => set.SetProperty(s => s.DueAt, now), cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    private async Task FinishAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<VetrinaDbContext>();
        var sending = await db.Set<EmailCampaign>().Where(c => c.Status == CampaignStatus.Sending).ToListAsync(cancellationToken);
        foreach (var campaign in sending)
        {
            if (!await db.Set<EmailSend>().AnyAsync(s => s.CampaignId == campaign.Id && s.FinishedAt == null && s.Skipped == null, cancellationToken))
            {
                campaign.Finish(clock.GetUtcNow());
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
