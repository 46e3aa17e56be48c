using Vetrina.Kernel;
namespace Vetrina.EmailMarketing.Contacts;

/// <summary>
/// The law on advertising email as it applies to one contact. Korea (Network Act art. 50, enforcement decree art.
/// 61–62): the subject starts with "(광고)", the sender's name and contact and a free way to refuse are in the body,
/// nothing between 21:00 and 08:00 local time without separate consent, and consent is re-confirmed every two years.
/// EU: soft opt-in only for customers and only about products like those they bought.
/// </summary>
internal static class MarketingRules
{
    public const string KoreanAdvertisingPrefix = "(광고)";

    public static readonly TimeSpan ReconfirmEvery = TimeSpan.FromDays(730);

    private static readonly TimeOnly QuietFrom = new(21, 0);
    private static readonly TimeOnly QuietUntil = new(8, 0);

    public static bool IsKorean(string country) => country == "KR";

    /// <summary>
    /// The country whose law applies to a contact: theirs where known; where not, Korea's for a contact who reads Korean
    /// (the stricter rules are the safe guess), and no country's otherwise (never assumed Italian, nor European).
    /// </summary>
    public static string CountryOfRules(string country, string language) => country.Length == 2 ? country : language == Languages.Korean ? "KR" : "";

    public static string DefaultTimeZone(string country) => country switch
    {
        "KR" => "Asia/Seoul",
        "JP" => "Asia/Tokyo",
        "US" => "America/New_York",
        "GB" or "IE" => "Europe/London",
        "PT" => "Europe/Lisbon",
        _ => "Europe/Rome",
    };

    /// <summary>The subject as it must go out: Korean recipients see "(광고)" first, once.</summary>
    public static string Subject(string subject, string country) =>
        IsKorean(country) && !subject.StartsWith(KoreanAdvertisingPrefix, StringComparison.Ordinal) ? $"{KoreanAdvertisingPrefix} {subject}" : subject;

    /// <summary>
    /// When an advertising email may reach this contact, from <paramref name="now"/> on: now, or 08:00 local time when
    /// it is night in Korea (or anywhere, with <paramref name="quietForAll"/>) and the contact has not agreed to night-time advertising.
    /// </summary>
    public static DateTimeOffset EarliestSend(DateTimeOffset now, string country, string timeZone, bool nightConsent, bool quietForAll = false)
    {
        if ((!IsKorean(country) && !quietForAll) || nightConsent)
        {
            return now;
        }

        var zone = TimeZoneInfo.FindSystemTimeZoneById(timeZone);
        var local = TimeZoneInfo.ConvertTime(now, zone);
        var time = TimeOnly.FromTimeSpan(local.TimeOfDay);
        if (time >= QuietUntil && time < QuietFrom)
        {
            return now;
        }

        var day = DateOnly.FromDateTime(local.DateTime);
        var morning = (time >= QuietFrom ? day.AddDays(1) : day).ToDateTime(QuietUntil);
        // In UTC: PostgreSQL stores only UTC instants, and SQLite's stored form orders by instant only within one offset.
        return new DateTimeOffset(morning, zone.GetUtcOffset(morning)).ToUniversalTime();
    }

    /// <summary>Korean consent older than two years no longer covers advertising until the contact confirms it again.</summary>
    public static bool NeedsReconfirmation(string country, DateTimeOffset? consentedAt, DateTimeOffset now) =>
        IsKorean(country) && consentedAt is { } at && now - at >= ReconfirmEvery;

    /// <summary>Whether a campaign may go to a contact with this consent at all.</summary>
    public static bool MayReceive(EmailConsent consent, string country, DateTimeOffset? consentedAt, bool campaignAboutBoughtProducts, DateTimeOffset now) =>
        consent switch
        {
            EmailConsent.Subscribed => !NeedsReconfirmation(country, consentedAt, now),
            EmailConsent.SoftOptIn => campaignAboutBoughtProducts && Countries.InEuropeanUnion(country),
            _ => false,
        };
}
