using System.ComponentModel.DataAnnotations;

namespace Vetrina.Marketing.Social;

internal enum SocialNetwork
{
    Instagram,
    [Display(Name = "TikTok")]
    TikTok,
    Facebook,
    X,
    [Display(Name = "Naver Blog")]
    NaverBlog,
    [Display(Name = "Kakao Channel")]
    KakaoChannel,
}

/// <summary>
/// A post on the social calendar: where and when it goes out, its words, the shop page it links to (with the UTM tags
/// that let analytics credit it), and, once the network's figures are imported, how people engaged with it.
/// </summary>
internal sealed class SocialPost
{
    private SocialPost()
    {
        Caption = null!;
        Language = null!;
        Target = null!;
        Campaign = null!;
        Reference = null!;
    }

    public SocialPost(SocialNetwork network, DateTimeOffset scheduledAt, string caption, string language, string target, string campaign, DateTimeOffset at)
    {
        Network = network;
        ScheduledAt = scheduledAt;
        Caption = caption;
        Language = language;
        Target = target;
        Campaign = campaign;
        CreatedAt = at;
        Reference = Guid.NewGuid().ToString("N")[..10];
    }

    public int Id { get; private set; }

    public SocialNetwork Network { get; private set; }

    public DateTimeOffset ScheduledAt { get; private set; }

    public string Caption { get; private set; }

    public string Language { get; private set; }

    /// <summary>The shop path the post links to, like /it/collections/donna.</summary>
    public string Target { get; private set; }

    /// <summary>utm_campaign of the link.</summary>
    public string Campaign { get; private set; }

    /// <summary>The post's own key, in its link's utm_content and in the engagement file's <c>post</c> column.</summary>
    public string Reference { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public int Likes { get; private set; }

    public int Comments { get; private set; }

    public int Shares { get; private set; }

    public int Saves { get; private set; }

    public int Reach { get; private set; }

    public int Clicks { get; private set; }

    public DateTimeOffset? EngagementAt { get; private set; }

    /// <summary>(likes + comments + shares + saves) ÷ reach, as docs/kpis.md defines it; null before any reach.</summary>
    public decimal? EngagementRate => Reach > 0 ? Math.Round((decimal)(Likes + Comments + Shares + Saves) / Reach, 4) : null;

    public static string Source(SocialNetwork network) => network switch
    {
        SocialNetwork.NaverBlog => "naver_blog",
        SocialNetwork.KakaoChannel => "kakao",
        _ => network.ToString().ToLowerInvariant(),
    };

    /// <summary>Whether the figures differ from these (an import that changes nothing leaves the post as it was).</summary>
    public bool Record(int likes, int comments, int shares, int saves, int reach, int clicks, DateTimeOffset at)
    {
        if ((Likes, Comments, Shares, Saves, Reach, Clicks) == (likes, comments, shares, saves, reach, clicks))
        {
            return false;
        }

        (Likes, Comments, Shares, Saves, Reach, Clicks, EngagementAt) = (likes, comments, shares, saves, reach, clicks, at);
        return true;
    }
}
