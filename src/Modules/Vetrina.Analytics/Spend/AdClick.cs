namespace Vetrina.Analytics.Spend;

/// <summary>
/// One ad click from a network's click report: its click id (Google Ads' GCLID) and the campaign it was bought in, so
/// that a visit tagged with the click id alone (auto-tagging) is credited to its campaign.
/// </summary>
internal sealed class AdClick
{
    public string ClickKey { get; set; } = "";

    /// <summary>Lower-cased, as campaign tags are read.</summary>
    public string Campaign { get; set; } = "";

    public DateOnly Day { get; set; }
}
