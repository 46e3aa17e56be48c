using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace Vetrina.Content.Articles;

/// <summary>
/// Preview links for posts that are not live: signed for one post and good for a day, so staff can look at a draft in the
/// shop's own layout, or send it to a colleague, without publishing it.
/// </summary>
internal sealed class ArticlePreview(IDataProtectionProvider protection, TimeProvider clock)
{
    public static readonly TimeSpan ValidFor = TimeSpan.FromDays(1);

    private readonly ITimeLimitedDataProtector protector = protection.CreateProtector("Vetrina.Content.ArticlePreview").ToTimeLimitedDataProtector();

    public string Token(int articleId) => protector.Protect(articleId.ToString(CultureInfo.InvariantCulture), clock.GetUtcNow() + ValidFor);

    /// <summary>The post a token is for; null when it is forged, for something else or out of date.</summary>
    public int? ArticleOf(string token)
    {
        try
        {
            return int.TryParse(protector.Unprotect(token), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;
        }
        catch (CryptographicException)
        {
            return null;
        }
    }
}
