namespace Vetrina.EmailMarketing.Campaigns;

internal enum CampaignStatus
{
    Draft,
    Scheduled,

    /// <summary>Its recipients are being written down, one row each, before anything is sent.</summary>
    Preparing,

    /// <summary>A/B: the test share has gone out; the rest wait for the winning subject.</summary>
    Testing,
    Sending,
    Sent,
    Cancelled,

    /// <summary>A step of an automation: never finishes, sends whenever its flow has an email due.</summary>
    Flow,
}
