using Microsoft.EntityFrameworkCore;
using Vetrina.Data;
using Vetrina.EmailMarketing.Campaigns;
using Vetrina.EmailMarketing.Contacts;
using Vetrina.EmailMarketing.Contracts;
using Vetrina.EmailMarketing.Sending;

namespace Vetrina.EmailMarketing.Tracking;

/// <summary>What recipients do with a campaign email: opens (the pixel), clicks (the redirect, tagged with UTM) and unsubscribes.</summary>
internal sealed class EmailTracking(VetrinaDbContext db, ContactBook contacts, TimeProvider clock)
{
    /// <summary>An open this soon after delivery is a scanner or a privacy proxy fetching images, not a reader.</summary>
    public static readonly TimeSpan MachineWindow = TimeSpan.FromSeconds(5);

    public async Task OpenedAsync(string token, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var send = await db.Set<EmailSend>().AsNoTracking().Where(s => s.Token == token).Select(s => new { s.Id, s.FinishedAt, s.OpenedAt })
            .SingleOrDefaultAsync(cancellationToken);
        if (send is null)
        {
            return;
        }

        if (send.OpenedAt is null)
        {
            var machine = send.FinishedAt is { } sent && now - sent < MachineWindow;
            await db.Set<EmailSend>().Where(s => s.Id == send.Id && s.OpenedAt == null)
                .ExecuteUpdateAsync(set => set.SetProperty(s => s.OpenedAt, now).SetProperty(s => s.MachineOpen, machine), cancellationToken);
        }

        await db.Set<EmailSend>().Where(s => s.Id == send.Id).ExecuteUpdateAsync(set => set.SetProperty(s => s.Opens, s => s.Opens + 1), cancellationToken);
    }

    /// <summary>
    /// The address to send the reader on to, or null when the link was not signed by its campaign (never an open redirect).
    /// Shop links get the campaign's UTM tags unless they carry their own.
    /// </summary>
    public async Task<string?> ClickedAsync(string token, string? url, string? signature, string publicUrl, CancellationToken cancellationToken)
    {
        var hit = await (from s in db.Set<EmailSend>().AsNoTracking()
                         where s.Token == token
                         join c in db.Set<EmailCampaign>() on s.CampaignId equals c.Id
                         select new { s.Id, s.Variant, c.LinkKey, c.UtmCampaign, s.OpenedAt }).SingleOrDefaultAsync(cancellationToken);
        if (hit is null || url is null || !LinkSigner.Verify(hit.LinkKey, token, url, signature) || !Uri.TryCreate(url, UriKind.Absolute, out var target))
        {
            return null;
        }

        var now = clock.GetUtcNow();
        await db.Set<EmailSend>().Where(s => s.Id == hit.Id).ExecuteUpdateAsync(set => set
            .SetProperty(s => s.Clicks, s => s.Clicks + 1)
            .SetProperty(s => s.ClickedAt, s => s.ClickedAt ?? now)
            // A click proves a reader even when images were blocked.
            .SetProperty(s => s.OpenedAt, s => s.OpenedAt ?? now), cancellationToken);
        if (!url.StartsWith(publicUrl, StringComparison.OrdinalIgnoreCase) || target.Query.Contains("utm_", StringComparison.Ordinal))
        {
            return url;
        }

        var tags = $"utm_source=newsletter&utm_medium=email&utm_campaign={Uri.EscapeDataString(hit.UtmCampaign)}&utm_content={hit.Variant}";
        var fragment = target.Fragment;
        var bare = fragment.Length > 0 ? url[..^fragment.Length] : url;
        return $"{bare}{(target.Query.Length > 0 ? "&" : "?")}{tags}{fragment}";
    }

    /// <summary>The recipient behind an unsubscribe link, for the confirmation page.</summary>
    public async Task<(string Email, string Language)?> RecipientAsync(string token, CancellationToken cancellationToken) =>
        await db.Set<EmailSend>().AsNoTracking().Where(s => s.Token == token).Select(s => new { s.Email, s.Language }).SingleOrDefaultAsync(cancellationToken)
            is { } found ? (found.Email, found.Language) : null;

    /// <summary>Unsubscribes the recipient of an email (RFC 8058 one-click POST, or the page's button). False for an unknown token.</summary>
    public async Task<bool> UnsubscribeAsync(string token, Requester requester, CancellationToken cancellationToken)
    {
        var send = await db.Set<EmailSend>().AsNoTracking().Where(s => s.Token == token).Select(s => new { s.Id, s.ContactId }).SingleOrDefaultAsync(cancellationToken);
        if (send is null)
        {
            return false;
        }

        var now = clock.GetUtcNow();
        await db.Set<EmailSend>().Where(s => s.Id == send.Id && s.UnsubscribedAt == null)
            .ExecuteUpdateAsync(set => set.SetProperty(s => s.UnsubscribedAt, now), cancellationToken);
        await contacts.UnsubscribeAsync(send.ContactId, requester, cancellationToken);
        return true;
    }
}
