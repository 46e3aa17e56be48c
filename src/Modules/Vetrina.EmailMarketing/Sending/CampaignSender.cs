using System.Threading.Channels;
using System.Threading.RateLimiting;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Vetrina.Data;
using Vetrina.Data.Work;
using Vetrina.EmailMarketing.Campaigns;
using Vetrina.EmailMarketing.Contacts;
using Vetrina.EmailMarketing.Templates;
using Vetrina.Kernel;
using Vetrina.Markets.Contracts;
using Vetrina.Messaging.Contracts;
using Vetrina.Catalog.Contracts;

namespace Vetrina.EmailMarketing.Sending;

/// <summary>
/// Sends what campaigns have due. One reader claims recipients in chunks (a conditional update: two nodes never take
/// the same row) and hands them to <see cref="EmailOptions.Connections"/> SMTP connections, throttled together to
/// <see cref="EmailOptions.MaxPerSecond"/>. Each email is marked sent the moment the server accepts it, so after a
/// crash only unsent rows are sent again; the one email a connection had in flight at the crash is sent again with
/// the same Message-ID, which mailbox providers use to drop the copy.
/// </summary>
internal sealed partial class CampaignSender(IServiceScopeFactory scopes, IOptions<EmailOptions> options, IOptions<SmtpOptions> smtp,
    IOptions<SiteOptions> site, IMailSigner signer, IConfiguration configuration, ICatalogSnapshots catalog, IMarketDirectory markets, TimeProvider clock,
    ILogger<CampaignSender> logger)
{
    private const int MaxAttempts = 5;

    /// <summary>Time a send needs before its claim runs out (composing, signing and handing it over take well under this).</summary>
    private static readonly TimeSpan ClaimMargin = TimeSpan.FromSeconds(1);

    private sealed record Claimed(EmailSend Send, Guid Token, string? FirstName, string? LastName);

    /// <summary>Sends every recipient due now; returns how many emails were handed to the server.</summary>
    public async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<VetrinaDbContext>();
        var active = await db.Set<EmailCampaign>().AsNoTracking()
            .Where(c => c.Status == CampaignStatus.Sending || c.Status == CampaignStatus.Testing || c.Status == CampaignStatus.Flow).ToListAsync(cancellationToken);
        var ids = active.Select(c => c.Id).ToList();
        var now = clock.GetUtcNow();
        // Flows are always active: look for something due before loading templates, catalogue and markets.
        if (!await db.Set<EmailSend>().Where(s => ids.Contains(s.CampaignId) && s.Skipped == null).Claimable(now).AnyAsync(cancellationToken))
        {
            return 0;
        }

        var settings = options.Value;
        var brand = configuration["Vetrina:Brand:Name"] ?? "Vetrina";
        var publicUrl = site.Value.Base;
        var snapshot = await catalog.GetAsync(cancellationToken);
        var marketList = await markets.AllAsync(cancellationToken);
        var templateIds = active.Select(c => c.TemplateId).ToList();
        var templates = await db.Set<EmailTemplate>().AsNoTracking().Where(t => templateIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, cancellationToken);
        var renderings = active.ToDictionary(c => c.Id, c => new CampaignRendering(c, templates[c.TemplateId], snapshot, marketList, publicUrl, brand, settings));
        var composer = new MessageComposer(settings, smtp.Value.From, brand, signer);
        var perSecond = Math.Max(1, settings.MaxPerSecond);
        using var limiter = new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
        {
            TokenLimit = Math.Max(1, perSecond / 10),
            TokensPerPeriod = Math.Max(1, perSecond / 10),
            ReplenishmentPeriod = TimeSpan.FromMilliseconds(100),
            QueueLimit = int.MaxValue,
            AutoReplenishment = true,
        });
        // Half a second of work per claim, and no more than that waiting: claimed rows are sent well within their claim.
        var chunk = Math.Clamp(perSecond / 2, 10, 500);
        var queue = Channel.CreateBounded<Claimed>(chunk);
        var sent = 0;
        var workers = Enumerable.Range(0, Math.Max(1, settings.Connections)).Select(_ => Task.Run(async () =>
        {
            var count = await WorkAsync(queue.Reader, renderings, composer, limiter, cancellationToken);
            Interlocked.Add(ref sent, count);
        }, cancellationToken)).ToList();
        try
        {
            var flows = active.Where(c => c.Status == CampaignStatus.Flow).Select(c => c.Id).ToHashSet();
            await ClaimAllAsync(db, [.. renderings.Keys], flows, chunk, settings.ClaimFor, queue.Writer, cancellationToken);
        }
        finally
        {
            queue.Writer.TryComplete();
            await Task.WhenAll(workers);
        }

        return sent;
    }

    private async Task ClaimAllAsync(VetrinaDbContext db, List<int> campaigns, HashSet<int> flows, int chunk, TimeSpan claimFor, ChannelWriter<Claimed> writer,
        CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            var now = clock.GetUtcNow();
            var (token, count) = await LeasedWorkQueue.ClaimAsync(db, db.Set<EmailSend>().Where(s => campaigns.Contains(s.CampaignId) && s.Skipped == null),
                chunk, claimFor, now, cancellationToken);
            if (count == 0)
            {
                return;
            }

            var claimed = await (from s in db.Set<EmailSend>().AsNoTracking()
                                 where s.ClaimToken == token && s.FinishedAt == null
                                 join c in db.Set<Contact>() on s.ContactId equals c.Id
                                 orderby s.Id
                                 select new { Send = s, c.FirstName, c.LastName, c.TimeZone, c.NightConsent, c.Consent }).ToListAsync(cancellationToken);
            var emails = claimed.Select(c => c.Send.Email).ToList();
            var suppressed = (await db.Set<Suppression>().Where(s => emails.Contains(s.Email)).Select(s => s.Email).ToListAsync(cancellationToken)).ToHashSet();
            foreach (var row in claimed)
            {
                // Consent withdrawn or an address suppressed after the campaign was prepared: it does not go.
                if (suppressed.Contains(row.Send.Email) || row.Consent is EmailConsent.Unsubscribed or EmailConsent.None or EmailConsent.Pending)
                {
                    await db.Set<EmailSend>().Where(s => s.Id == row.Send.Id)
                        .ExecuteUpdateAsync(set => set.SetProperty(s => s.Skipped, "suppressed").SetProperty(s => s.ClaimedUntil, (DateTimeOffset?)null), cancellationToken);
                    continue;
                }

                // Korean law keeps campaigns out of the night; flows (sent whenever a trigger fires) stay out of everyone's night.
                var earliest = MarketingRules.EarliestSend(now, row.Send.Country, row.TimeZone, row.NightConsent, quietForAll: flows.Contains(row.Send.CampaignId));
                if (earliest > now)
                {
                    await LeasedWorkQueue.ReleaseAsync<EmailSend>(db, row.Send.Id, token, earliest, cancellationToken);
                    continue;
                }

                await writer.WriteAsync(new Claimed(row.Send, token, row.FirstName, row.LastName), cancellationToken);
            }
        }
    }

    private async Task<int> WorkAsync(ChannelReader<Claimed> reader, Dictionary<int, CampaignRendering> renderings, MessageComposer composer,
        RateLimiter limiter, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<VetrinaDbContext>();
        using var client = new SmtpClient();
        var sent = 0;
        // Once the server could not be reached, this worker's remaining sends wait for it without each trying again.
        string? unreachable = null;
        try
        {
            await foreach (var item in reader.ReadAllAsync(cancellationToken))
            {
                if (unreachable is not null)
                {
                    await LeasedWorkQueue.PostponeAsync<EmailSend>(db, item.Send.Id, item.Token, unreachable, clock.GetUtcNow(), CancellationToken.None);
                    continue;
                }

                using var lease = await limiter.AcquireAsync(1, cancellationToken);
                var send = item.Send;
                // A row whose claim ran out while it waited (a slow mail server, a busy machine) may be claimed again
                // already and on its way: sending it here too would mail that person twice. The claim that has it sends it.
                if (send.ClaimedUntil is not { } until || clock.GetUtcNow() > until - ClaimMargin)
                {
                    continue;
                }

                var rendering = renderings[send.CampaignId];
                (string Message, bool Permanent)? error;
                try
                {
                    error = await SendOneAsync(client, composer, rendering, item, cancellationToken);
                }
                catch (SmtpUnreachableException e)
                {
                    // Not this send's fault: no try counted, so an outage never gives a campaign's emails up.
                    unreachable = e.Message;
                    LogUnreachable(send.CampaignId, e.Message);
                    await LeasedWorkQueue.PostponeAsync<EmailSend>(db, send.Id, item.Token, e.Message, clock.GetUtcNow(), CancellationToken.None);
                    continue;
                }

                var now = clock.GetUtcNow();
                if (error is null)
                {
                    sent++;
                    await LeasedWorkQueue.FinishAsync<EmailSend>(db, send.Id, item.Token, now, CancellationToken.None);
                    continue;
                }

                var (message, permanent) = error.Value;
                var attempts = send.Attempts + 1;
                LogNotSent(send.CampaignId, send.Email, attempts, message);
                var trimmed = message.Length > 500 ? message[..500] : message;
                if (permanent)
                {
                    // The server refused the recipient outright (5xx): a hard bounce, told at once instead of by DSN.
                    await db.Set<EmailSend>().Where(s => s.Id == send.Id).ExecuteUpdateAsync(set => set
                        .SetProperty(s => s.Skipped, "rejected").SetProperty(s => s.BouncedAt, now).SetProperty(s => s.Attempts, attempts)
                        .SetProperty(s => s.ClaimedUntil, (DateTimeOffset?)null).SetProperty(s => s.LastError, trimmed), CancellationToken.None);
                    if (!await db.Set<Suppression>().AnyAsync(s => s.Email == send.Email, CancellationToken.None))
                    {
                        db.Add(new Suppression(send.Email, SuppressionReason.HardBounce, trimmed, now));
                        await db.SaveChangesAsync(CancellationToken.None);
                    }

                    continue;
                }

                if (await LeasedWorkQueue.FailAsync(db, send, item.Token, trimmed, now, MaxAttempts, CancellationToken.None))
                {
                    await db.Set<EmailSend>().Where(s => s.Id == send.Id).ExecuteUpdateAsync(set => set.SetProperty(s => s.Skipped, "gave up"), CancellationToken.None);
                }
            }
        }
        finally
        {
            if (client.IsConnected)
            {
                await client.DisconnectAsync(quit: true, CancellationToken.None);
            }
        }

        return sent;
    }

    private async Task<(string Message, bool Permanent)?> SendOneAsync(SmtpClient client, MessageComposer composer, CampaignRendering rendering, Claimed item,
        CancellationToken cancellationToken)
    {
        var send = item.Send;
        try
        {
            var email = rendering.Render(send, item.FirstName, item.LastName);
            // Disposing returns the message's pooled buffers at once instead of leaving them to the collector.
            using var message = composer.Compose(send.CampaignId, send.ContactId, send.Variant, send.Email, send.Language, send.Token, email,
                $"{rendering.PublicUrl}/e/u/{send.Token}", clock.GetUtcNow());
            if (!client.IsConnected)
            {
                var settings = smtp.Value;
                if (string.IsNullOrWhiteSpace(settings.Host))
                {
                    Directory.CreateDirectory(settings.PickupDirectory);
                    await message.WriteToAsync(Path.Combine(settings.PickupDirectory, $"campaign-{send.CampaignId}-{send.ContactId}.eml"), cancellationToken);
                    return null;
                }

                await SmtpConnection.OpenAsync(client, settings, cancellationToken);
            }

            await client.SendAsync(message, composer.EnvelopeSender(send.Token), message.To.Mailboxes, cancellationToken);
            return null;
        }
        catch (SmtpCommandException e) when ((int)e.StatusCode >= 500 && e.ErrorCode == SmtpErrorCode.RecipientNotAccepted)
        {
            return (e.Message, true);
        }
        catch (Exception e) when (e is SmtpCommandException or SmtpProtocolException or IOException or System.Net.Sockets.SocketException
            or AuthenticationException or SslHandshakeException)
        {
            if (client.IsConnected && e is not SmtpCommandException)
            {
                await client.DisconnectAsync(quit: false, CancellationToken.None);
            }

            return (e.Message, false);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Campaign {Campaign}: mail server unreachable, its emails wait for it: {Error}")]
    private partial void LogUnreachable(int campaign, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Campaign {Campaign} email to {Email} not sent (attempt {Attempts}): {Error}")]
    private partial void LogNotSent(int campaign, string email, int attempts, string error);
}
