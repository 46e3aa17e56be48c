namespace Vetrina.Analytics.Contracts;

/// <summary>What a marketing campaign cost and earned, as the ad-spend report counts it.</summary>
public interface ICampaignResults
{
    /// <summary>
    /// A campaign (its <c>utm_campaign</c> name) between two days: impressions, clicks and cost from the imported ad
    /// spend, and the orders and net sales (without VAT and shipping, refunds taken off) its clicks led to (last click, within 30 days), in the reporting currency.
    /// </summary>
    Task<CampaignResult> ForAsync(string campaign, DateOnly from, DateOnly to, CancellationToken cancellationToken);

    /// <summary>
    /// Orders and net sales (in the reporting currency) each of these campaigns' clicks led to between two days, by last
    /// click within <paramref name="lookbackDays"/>, as the attribution report counts them; campaigns with none are left out.
    /// </summary>
    Task<IReadOnlyDictionary<string, CampaignEarnings>> EarningsAsync(IReadOnlyCollection<string> campaigns, DateOnly from, DateOnly to, int lookbackDays,
        CancellationToken cancellationToken);
}

/// <param name="Orders">Orders credited by last click (a fraction only under shared models, never here).</param>
public sealed record CampaignEarnings(double Orders, long RevenueMinor);

public sealed record CampaignResult(long Impressions, long Clicks, long CostMinor, double Orders, long RevenueMinor, string Currency)
{
    public decimal? ReturnOnAdSpend => CostMinor > 0 ? Math.Round((decimal)RevenueMinor / CostMinor, 2) : null;
}
