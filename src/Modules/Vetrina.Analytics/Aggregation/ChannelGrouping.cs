using System.Text.RegularExpressions;
using Vetrina.Analytics.Domain;

namespace Vetrina.Analytics.Aggregation;

/// <summary>
/// GA4's default channel grouping (docs/kpis.md) from an event's UTM tags, click id and referrer. Influencer links
/// (utm_medium=influencer) count as affiliates. Payment providers' pages never count as a source: coming back from a
/// 3-D Secure challenge or a hosted checkout continues the visit.
/// </summary>
internal static partial class ChannelGrouping
{
    private static readonly string[] SearchEngines = ["google", "bing", "yahoo", "duckduckgo", "ecosia", "baidu", "yandex", "naver", "daum", "qwant", "startpage", "brave"];

    private static readonly string[] SocialSites =
        ["facebook", "instagram", "fb", "meta", "t.co", "twitter", "x", "tiktok", "youtube", "pinterest", "linkedin", "reddit", "threads", "snapchat",
         "kakao", "kakaotalk", "band", "blog.naver", "cafe.naver", "line", "weibo", "xiaohongshu", "lnkd.in"];

    private static readonly string[] MailSites = ["mail.google.com", "outlook.live.com", "outlook.office.com", "mail.yahoo.com", "mail.naver.com", "mail.daum.net", "mail.libero.it"];

    private static readonly string[] PaymentSites =
        ["stripe.com", "paypal.com", "klarna.com", "adyen.com", "nexi.it", "satispay.com", "scalapay.com", "checkout.com", "braintreegateway.com",
         "kakaopay.com", "tosspayments.com", "inicis.com", "nicepay.co.kr", "3dsecure", "acs", "securecode", "verifiedbyvisa"];

    /// <summary>The touch an event brings, or null when it brings none (a page of the same visit, or a payment provider's return).</summary>
    public static Touch? Of(RawEvent e)
    {
        if (e.Source is not null || e.Medium is not null || e.Campaign is not null || e.ClickId is not null)
        {
            return Tagged(e.Source, e.Medium, e.Campaign, e.ClickId, e.Referrer);
        }

        if (e.Referrer is not { Length: > 0 } referrer)
        {
            return null;
        }

        var host = referrer.Split('/', 2)[0];
        if (IsPaymentProvider(host))
        {
            return null;
        }

        return Referred(host);
    }

    private static bool IsPaymentProvider(string host) =>
        PaymentSites.Any(p => host.EndsWith(p, StringComparison.OrdinalIgnoreCase) || host.StartsWith(p + ".", StringComparison.OrdinalIgnoreCase)
            || host.Contains("." + p + ".", StringComparison.OrdinalIgnoreCase));

    private static Touch Tagged(string? source, string? medium, string? campaign, string? clickId, string? referrer)
    {
        var refHost = referrer?.Split('/', 2)[0];
        switch (clickId)
        {
            // An ad network's click id without tags says where the click was bought.
            case "gclid" when source is null && medium is null:
                return new Touch(Channel.PaidSearch, "google", "cpc", campaign);
            case "msclkid" when source is null && medium is null:
                return new Touch(Channel.PaidSearch, "bing", "cpc", campaign);
            case "ttclid" when source is null && medium is null:
                return new Touch(Channel.PaidSocial, "tiktok", "cpc", campaign);
            // Facebook adds fbclid to every outbound link, paid or not.
            case "fbclid" when source is null && medium is null:
                return new Touch(Channel.OrganicSocial, refHost is null ? "facebook" : SiteName(refHost), "referral", campaign);
            default:
                break;
        }

        var s = source ?? (refHost is null ? "(not set)" : SiteName(refHost));
        var m = medium ?? "(not set)";
        return new Touch(Classify(s, m), s, m, campaign);
    }

    /// <summary>GA4's rules, in GA4's order.</summary>
    public static Channel Classify(string source, string medium)
    {
        if (source == "(direct)" && medium is "(none)" or "(not set)")
        {
            return Channel.Direct;
        }

        var paid = PaidMedium().IsMatch(medium);
        if (IsOneOf(source, SearchEngines) && paid)
        {
            return Channel.PaidSearch;
        }

        if (IsOneOf(source, SocialSites) && paid)
        {
            return Channel.PaidSocial;
        }

        if (medium is "display" or "banner" or "expandable" or "interstitial" or "cpm")
        {
            return Channel.Display;
        }

        if (IsOneOf(source, SearchEngines) || medium == "organic")
        {
            return Channel.OrganicSearch;
        }

        if (IsOneOf(source, SocialSites) || medium is "social" or "social-network" or "social-media" or "sm" or "social network" or "social media")
        {
            return Channel.OrganicSocial;
        }

        if (EmailTag().IsMatch(source) || EmailTag().IsMatch(medium))
        {
            return Channel.Email;
        }

        if (medium is "affiliate" or "influencer" or "partner")
        {
            return Channel.Affiliates;
        }

        if (medium is "referral" or "app" or "link")
        {
            return Channel.Referral;
        }

        return paid ? Channel.PaidOther : Channel.Unassigned;
    }

    private static Touch Referred(string host)
    {
        var site = SiteName(host);
        if (MailSites.Any(m => host.EndsWith(m, StringComparison.OrdinalIgnoreCase)))
        {
            return new Touch(Channel.Email, site, "email", null);
        }

        // Naver and Daum serve search and blogs from one domain: the path decides.
        if (host.StartsWith("blog.", StringComparison.Ordinal) || host.StartsWith("cafe.", StringComparison.Ordinal) || IsOneOf(site, SocialSites))
        {
            return new Touch(Channel.OrganicSocial, site, "referral", null);
        }

        if (IsOneOf(site, SearchEngines))
        {
            return new Touch(Channel.OrganicSearch, site, "organic", null);
        }

        return new Touch(Channel.Referral, host, "referral", null);
    }

    /// <summary>"www.google.co.kr" → "google", "l.instagram.com" → "instagram", "t.co" stays.</summary>
    internal static string SiteName(string host)
    {
        var parts = host.ToLowerInvariant().Split('.');
        if (parts.Length <= 2)
        {
            return parts.Length == 2 && parts[1].Length <= 2 && parts[0].Length <= 2 ? host : parts[0];
        }

        // Skip a country's second level (co.kr, com.au, co.uk) and take the name before it.
        var end = parts.Length - 1;
        if (parts[end].Length == 2 && parts[end - 1] is "co" or "com" or "or" or "ne" or "ac" or "go")
        {
            end--;
        }

        var name = parts[end - 1];
        return name is "naver" or "daum" && parts[0] is "blog" or "cafe" ? $"{parts[0]}.{name}" : name;
    }

    private static bool IsOneOf(string source, string[] sites) => sites.Any(s => source.Equals(s, StringComparison.OrdinalIgnoreCase));

    [GeneratedRegex("^(.*cp.*|ppc|retargeting|paid.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex PaidMedium();

    [GeneratedRegex("^(email|e-mail|e_mail|e mail|newsletter)$", RegexOptions.CultureInvariant)]
    private static partial Regex EmailTag();
}
