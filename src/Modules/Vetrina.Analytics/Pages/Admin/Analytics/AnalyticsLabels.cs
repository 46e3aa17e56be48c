using Vetrina.Analytics.Domain;
using Vetrina.Analytics.Reporting;
using Vetrina.Kernel;

namespace Vetrina.Analytics.Pages.Admin.Analytics;

/// <summary>
/// What the analytics pages show for keys the reports keep in machine form (the API and CSV exports keep them so):
/// a channel or device by its label, a funnel step by what the shopper did rather than its event name.
/// </summary>
internal static class AnalyticsLabels
{
    private static readonly Dictionary<string, string> Steps = new(StringComparer.Ordinal)
    {
        ["session_start"] = "Visited",
        [EventNames.ViewItem] = "Viewed a product",
        [EventNames.AddToCart] = "Added to the bag",
        [EventNames.BeginCheckout] = "Began checkout",
        [EventNames.AddPaymentInfo] = "Gave payment details",
        [EventNames.Purchase] = "Bought",
    };

    public static string Step(string eventName) => Steps.GetValueOrDefault(eventName, eventName);

    public static string Key(Breakdown by, string key) => by switch
    {
        Breakdown.Channel => Channel(key),
        Breakdown.Device when Enum.TryParse<DeviceCategory>(key, out var device) => device.Label(),
        _ => key,
    };

    public static string Channel(string key) => Enum.TryParse<Channel>(key, out var channel) ? channel.Label() : key;
}
