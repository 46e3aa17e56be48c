using System.Security.Cryptography;

namespace Vetrina.EmailMarketing.Campaigns;

/// <summary>
/// One email to a segment, sent once: its template, the products it shows, its schedule and, for an A/B test, a second
/// subject tried on a share of the recipients before the rest get the one more people opened.
/// </summary>
internal sealed class EmailCampaign
{
    private EmailCampaign()
    {
        Name = null!;
        UtmCampaign = null!;
        ProductCodes = null!;
        LinkKey = null!;
        CreatedBy = null!;
    }

    public EmailCampaign(string name, string utmCampaign, int templateId, int? segmentId, string productCodes, bool aboutBoughtProducts, string? subjectB,
        int testPercent, TimeSpan winnerAfter, string createdBy, DateTimeOffset at)
    {
        Name = name;
        UtmCampaign = utmCampaign;
        TemplateId = templateId;
        SegmentId = segmentId;
        ProductCodes = productCodes;
        AboutBoughtProducts = aboutBoughtProducts;
        SubjectB = subjectB;
        TestPercent = testPercent;
        WinnerAfter = winnerAfter;
        CreatedBy = createdBy;
        CreatedAt = at;
        LinkKey = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
    }

    public int Id { get; private set; }

    public string Name { get; private set; }

    /// <summary>The utm_campaign its links carry: analytics attributes orders to the campaign by it.</summary>
    public string UtmCampaign { get; private set; }

    public int TemplateId { get; private set; }

    /// <summary>Who gets it; null for every contact who may receive marketing.</summary>
    public int? SegmentId { get; private set; }

    /// <summary>Style codes shown in the template's product blocks, comma-separated, in order.</summary>
    public string ProductCodes { get; private set; }

    /// <summary>Marked by the marketer: the email is about products like ones the recipients bought, so EU soft opt-in customers may get it.</summary>
    public bool AboutBoughtProducts { get; private set; }

    /// <summary>The B subject of an A/B test (the template's subject is A); null for no test.</summary>
    public string? SubjectB { get; private set; }

    /// <summary>The share of recipients (split evenly between A and B) the test goes to.</summary>
    public int TestPercent { get; private set; }

    public TimeSpan WinnerAfter { get; private set; }

    /// <summary>A or B once the test is decided.</summary>
    public char? Winner { get; private set; }

    public CampaignStatus Status { get; private set; }

    public DateTimeOffset? ScheduledAt { get; private set; }

    public DateTimeOffset? StartedAt { get; private set; }

    public DateTimeOffset? FinishedAt { get; private set; }

    /// <summary>How many recipients were written down for it (after consent and suppression).</summary>
    public int Recipients { get; private set; }

    /// <summary>Preparation has written recipients up to this contact id: a crash mid-preparation resumes from here.</summary>
    public long PreparedUpTo { get; private set; }

    /// <summary>The secret click links are signed with, so that /e/c/ never redirects anywhere the email did not link to.</summary>
    public string LinkKey { get; private set; }

    public string CreatedBy { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public bool IsAbTest => SubjectB is not null;

    /// <summary>Makes this the email of an automation step.</summary>
    public void ServeFlow() => Status = CampaignStatus.Flow;

    public void Schedule(DateTimeOffset at)
    {
        Status = CampaignStatus.Scheduled;
        ScheduledAt = at;
    }

    /// <summary>Stops a campaign that has not finished; false for one that is sent, cancelled already, or a flow's step.</summary>
    public bool Cancel()
    {
        if (Status is CampaignStatus.Sent or CampaignStatus.Cancelled or CampaignStatus.Flow)
        {
            return false;
        }

        Status = CampaignStatus.Cancelled;
        return true;
    }

    public void BeginPreparing(DateTimeOffset at)
    {
        Status = CampaignStatus.Preparing;
        StartedAt ??= at;
    }

    public void Prepared(long upTo, int added)
    {
        PreparedUpTo = upTo;
        Recipients += added;
    }

    public void BeginSending() => Status = IsAbTest && Winner is null ? CampaignStatus.Testing : CampaignStatus.Sending;

    public void Decide(char winner)
    {
        Winner = winner;
        Status = CampaignStatus.Sending;
    }

    public void Finish(DateTimeOffset at)
    {
        Status = CampaignStatus.Sent;
        FinishedAt = at;
    }
}
