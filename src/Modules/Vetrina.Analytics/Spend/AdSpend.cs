using System.ComponentModel.DataAnnotations;

namespace Vetrina.Analytics.Spend;

/// <summary>The ad networks whose cost exports Vetrina reads.</summary>
internal enum AdNetwork : byte
{
    [Display(Name = "Google Ads")]
    GoogleAds = 0,
    [Display(Name = "Meta Ads")]
    MetaAds = 1,
}

/// <summary>
/// One campaign's day on an ad network, as its export says: impressions, clicks and cost. One row per network, day and
/// campaign: a later file with the same day replaces it, so overlapping exports count once.
/// </summary>
internal sealed class AdSpend
{
    public long Id { get; set; }

    public AdNetwork Network { get; set; }

    public DateOnly Day { get; set; }

    /// <summary>Lower-cased, as UTM campaign tags are read, so that spend and visits meet.</summary>
    public string Campaign { get; set; } = "";

    /// <summary>The network's id of the campaign, where the export has it: visits tagged only with the id are named by it.</summary>
    public string? CampaignId { get; set; }

    public long Impressions { get; set; }

    public long Clicks { get; set; }

    public long CostMinor { get; set; }

    public string Currency { get; set; } = "";

    public long ImportId { get; set; }
}

/// <summary>A file imported: by whom, when, how many rows; its hash makes importing the same file again a no-op.</summary>
internal sealed class AdSpendImport
{
    public long Id { get; set; }

    public AdNetwork Network { get; set; }

    public string FileName { get; set; } = "";

    public string Hash { get; set; } = "";

    public int Rows { get; set; }

    public DateOnly From { get; set; }

    public DateOnly To { get; set; }

    public string Actor { get; set; } = "";

    public DateTimeOffset At { get; set; }
}
