using Vetrina.Data.Work;

namespace Vetrina.EmailMarketing.Campaigns;

/// <summary>
/// One recipient of one campaign, written before sending starts: the row is what makes sending durable (a node that
/// dies mid-campaign leaves rows unsent, and whoever resumes sends exactly those) and what the report counts.
/// </summary>
internal sealed class EmailSend : LeasedWork
{
    private EmailSend()
    {
        Email = null!;
        Language = null!;
        Country = null!;
        Token = null!;
    }

    public EmailSend(int campaignId, long contactId, string email, string language, string country, char variant, string token, DateTimeOffset? dueAt,
        long runId = 0, string? data = null)
    {
        RunId = runId;
        Data = data;
        CampaignId = campaignId;
        ContactId = contactId;
        Email = email;
        Language = language;
        Country = country;
        Variant = variant;
        Token = token;
        DueAt = dueAt;
    }

    public int CampaignId { get; private set; }

    public long ContactId { get; private set; }

    /// <summary>The flow run this email is a step of; 0 for a campaign.</summary>
    public long RunId { get; private set; }

    /// <summary>What a flow email shows besides the contact (the bag, the order), as JSON; null for campaigns.</summary>
    public string? Data { get; private set; }

    public string Email { get; private set; }

    public string Language { get; private set; }

    public string Country { get; private set; }

    /// <summary>A or B in an A/B test's share; W for the rest, who get the winner.</summary>
    public char Variant { get; private set; }

    /// <summary>The unguessable key of this email's open pixel, click and unsubscribe links.</summary>
    public string Token { get; private set; }

    /// <summary>Not sent, on purpose: suppressed or unsubscribed after the campaign was prepared, or given up after retries.</summary>
    public string? Skipped { get; private set; }

    public DateTimeOffset? BouncedAt { get; private set; }

    public DateTimeOffset? ComplainedAt { get; private set; }

    public DateTimeOffset? OpenedAt { get; private set; }

    public int Opens { get; private set; }

    /// <summary>The first open came within seconds of delivery: a mail scanner or privacy proxy, not a person (flagged, not removed).</summary>
    public bool MachineOpen { get; private set; }

    public DateTimeOffset? ClickedAt { get; private set; }

    public int Clicks { get; private set; }

    public DateTimeOffset? UnsubscribedAt { get; private set; }
}
