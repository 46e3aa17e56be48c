namespace Vetrina.Marketing.TrackedLinks;

/// <summary>
/// A marketing campaign across channels: its UTM name (what links, ad-spend files and analytics all call it), dates,
/// budget and goal. Spend and results are read from analytics by that name.
/// </summary>
internal sealed class Campaign
{
    private Campaign()
    {
        Name = null!;
        Title = null!;
        Channels = null!;
        Currency = null!;
        Goal = null!;
    }

    public Campaign(string name, string title, string channels, DateOnly startsOn, DateOnly endsOn, long budgetMinor, string currency, string goal, DateTimeOffset at)
    {
        Name = name;
        Title = title;
        Channels = channels;
        StartsOn = startsOn;
        EndsOn = endsOn;
        BudgetMinor = budgetMinor;
        Currency = currency;
        Goal = goal;
        CreatedAt = at;
    }

    public long Id { get; private set; }

    /// <summary>Lower-case letters, digits and dashes: the utm_campaign value.</summary>
    public string Name { get; private set; }

    public string Title { get; private set; }

    /// <summary>The channels it runs in, comma-separated as chosen ("email,paid-social,influencer").</summary>
    public string Channels { get; private set; }

    public DateOnly StartsOn { get; private set; }

    public DateOnly EndsOn { get; private set; }

    public long BudgetMinor { get; private set; }

    public string Currency { get; private set; }

    public string Goal { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }
}

/// <summary>A short, tracked link of a campaign: /l/{code} leads to its target with the UTM tags added, and counts the clicks.</summary>
internal sealed class TrackedLink
{
    private TrackedLink()
    {
        Code = null!;
        Target = null!;
        Source = null!;
        Medium = null!;
    }

    public TrackedLink(string code, long campaignId, string target, string source, string medium, string? content)
    {
        Code = code;
        CampaignId = campaignId;
        Target = target;
        Source = source;
        Medium = medium;
        Content = content;
    }

    public long Id { get; private set; }

    public string Code { get; private set; }

    public long CampaignId { get; private set; }

    /// <summary>A path of the shop ("/it/collections/donna").</summary>
    public string Target { get; private set; }

    public string Source { get; private set; }

    public string Medium { get; private set; }

    public string? Content { get; private set; }

    public long Clicks { get; private set; }
}
