using System.Text.RegularExpressions;
using Vetrina.Analytics.Domain;

namespace Vetrina.Analytics.Visitors;

/// <summary>What a User-Agent says about the device, and whether it is a robot rather than a person.</summary>
internal static partial class UserAgents
{
    /// <summary>Crawlers, monitors, link previews, headless browsers and HTTP libraries; no user agent at all is no browser either.</summary>
    public static bool IsBot(string? userAgent) => string.IsNullOrWhiteSpace(userAgent) || Robots().IsMatch(userAgent);

    public static DeviceCategory Device(string? userAgent)
    {
        if (string.IsNullOrEmpty(userAgent))
        {
            return DeviceCategory.Desktop;
        }

        if (userAgent.Contains("iPad", StringComparison.Ordinal) || userAgent.Contains("Tablet", StringComparison.OrdinalIgnoreCase)
            || (userAgent.Contains("Android", StringComparison.Ordinal) && !userAgent.Contains("Mobile", StringComparison.Ordinal)))
        {
            return DeviceCategory.Tablet;
        }

        return userAgent.Contains("Mobi", StringComparison.Ordinal) || userAgent.Contains("iPhone", StringComparison.Ordinal)
            ? DeviceCategory.Mobile
            : DeviceCategory.Desktop;
    }

    [GeneratedRegex(@"bot\b|bot/|crawl|spider|slurp|archiver|headless|lighthouse|pagespeed|phantomjs|selenium|puppeteer|playwright|preview|facebookexternalhit|embedly|whatsapp|monitor|pingdom|uptime|curl/|wget/|python|java/|go-http|okhttp|axios|node-fetch|libwww|scrapy|httpclient|postman|insomnia",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Robots();
}
