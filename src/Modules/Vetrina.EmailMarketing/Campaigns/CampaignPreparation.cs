using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Vetrina.Data;
using Vetrina.EmailMarketing.Contacts;

namespace Vetrina.EmailMarketing.Campaigns;

/// <summary>
/// Writes a due campaign's recipients down, a page of contacts per transaction together with how far it got, so a
/// crash mid-way resumes where it stopped and nobody is written twice. A/B recipients are picked by a hash of the
/// contact and campaign: the same on every retry.
/// </summary>
internal sealed class CampaignPreparation(VetrinaDbContext db, CampaignAudience audience, TimeProvider clock)
{
    private const int Page = 2000;

    public async Task PrepareAsync(int campaignId, CancellationToken cancellationToken)
    {
        var campaign = await db.Set<EmailCampaign>().SingleAsync(c => c.Id == campaignId, cancellationToken);
        var now = clock.GetUtcNow();
        campaign.BeginPreparing(now);
        await db.SaveChangesAsync(cancellationToken);
        var contacts = await audience.ForAsync(campaign.SegmentId, campaign.AboutBoughtProducts, cancellationToken);
        while (!await CancelledAsync(campaignId, cancellationToken))
        {
            var after = campaign.PreparedUpTo;
            var page = await contacts.Where(c => c.Id > after).OrderBy(c => c.Id).Take(Page)
                .Select(c => new { c.Id, c.Email, c.Language, c.Country }).ToListAsync(cancellationToken);
            if (page.Count == 0)
            {
                break;
            }

            var sends = page.Select(contact =>
            {
                var variant = Variant(campaign, contact.Id);
                return new EmailSend(campaign.Id, contact.Id, contact.Email, contact.Language, MarketingRules.CountryOfRules(contact.Country, contact.Language), variant, NewToken(),
                    variant == 'W' && campaign.IsAbTest ? null : now);
            }).ToList();
            campaign.Prepared(page[^1].Id, page.Count);
            await WritePageAsync(sends, cancellationToken);
        }

        if (!await CancelledAsync(campaignId, cancellationToken))
        {
            campaign.BeginSending();
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    /// <summary>The page and how far preparation got, in one transaction.</summary>
    private async Task WritePageAsync(List<EmailSend> sends, CancellationToken cancellationToken)
    {
        if (db.Database.GetDbConnection() is not NpgsqlConnection connection)
        {
            db.AddRange(sends);
            await db.SaveChangesAsync(cancellationToken);
            foreach (var entry in db.ChangeTracker.Entries<EmailSend>().ToList())
            {
                entry.State = EntityState.Detached;
            }

            return;
        }

        await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await SendCopy.WriteAsync(connection, sends, cancellationToken);
            // Changes are accepted after the commit: a retried page writes how far it got again.
            await db.SaveChangesAsync(acceptAllChangesOnSuccess: false, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        });
        db.ChangeTracker.AcceptAllChanges();
    }

    // Staff may stop a campaign while its recipients are being written down; the tracked copy here would not know.
    private Task<bool> CancelledAsync(int campaignId, CancellationToken cancellationToken) =>
        db.Set<EmailCampaign>().AnyAsync(c => c.Id == campaignId && c.Status == CampaignStatus.Cancelled, cancellationToken);

    private static char Variant(EmailCampaign campaign, long contactId)
    {
        if (!campaign.IsAbTest)
        {
            return 'W';
        }

        var hash = BitConverter.ToUInt32(SHA256.HashData(BitConverter.GetBytes(contactId ^ ((long)campaign.Id << 40))));
        return (hash % 100) < campaign.TestPercent ? (hash / 100 % 2 == 0 ? 'A' : 'B') : 'W';
    }

    private static string NewToken() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(16)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
