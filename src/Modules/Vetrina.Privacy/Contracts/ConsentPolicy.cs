using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Vetrina.Privacy.Contracts;

/// <summary>A visitor's cookie choices as the consent cookie carries them.</summary>
/// <param name="Decided">Chosen under the current banner text, less than six months ago; otherwise the banner asks (again).</param>
public sealed record ConsentState(bool Decided, bool Analytics, bool Marketing, Guid? VisitorId)
{
    public static readonly ConsentState Undecided = new(false, false, false, null);
}

/// <summary>
/// The rules of the consent cookie: a necessary cookie (it only remembers the choice) that lasts six months, after which
/// the banner asks again, as it does at once when the banner's words change (the policy version is their hash).
/// </summary>
public static class ConsentPolicy
{
    public const string CookieName = "vetrina_consent";

    /// <summary>Where the banner and the cookie settings page post the visitor's choice.</summary>
    public const string EndpointPath = "/consent";

    /// <summary>The Garante's six months before asking again.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(182);

    /// <summary>Twelve hex digits of the SHA-256 of every language's banner text.</summary>
    public static string Version { get; } = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n',
        new[] { ConsentText.English, ConsentText.Italian, ConsentText.Korean }.Select(t => string.Join('\n', t.Title, t.Body, t.Necessary, t.NecessaryHint,
            t.Analytics, t.AnalyticsHint, t.Marketing, t.MarketingHint))))))[..12];

    public static ConsentState Read(HttpRequest request, DateTimeOffset now) => Parse(request.Cookies[CookieName], now);

    /// <summary>
    /// "version.analytics.marketing.visitor.unix-seconds". Stale or under other banner words it is undecided but keeps
    /// the visitor's id (the next proof is the same visitor's); anything else is undecided.
    /// </summary>
    public static ConsentState Parse(string? value, DateTimeOffset now)
    {
        var parts = value?.Split('.');
        if (parts is not { Length: 5 } || !Guid.TryParseExact(parts[3], "N", out var visitor))
        {
            return ConsentState.Undecided;
        }

        var current = parts[0] == Version && parts[1] is "0" or "1" && parts[2] is "0" or "1"
            && long.TryParse(parts[4], NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            && now - DateTimeOffset.FromUnixTimeSeconds(seconds) <= Lifetime;
        return current ? new ConsentState(true, parts[1] == "1", parts[2] == "1", visitor) : ConsentState.Undecided with { VisitorId = visitor };
    }

    public static string Format(bool analytics, bool marketing, Guid visitor, DateTimeOffset at) =>
        string.Join('.', Version, analytics ? "1" : "0", marketing ? "1" : "0", visitor.ToString("N"), at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture));
}
