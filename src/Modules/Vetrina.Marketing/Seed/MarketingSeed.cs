using Vetrina.Data;
using Vetrina.Data.Seeding;
using Vetrina.Marketing.Influencers;
using Vetrina.Marketing.Social;

namespace Vetrina.Marketing.Seed;

/// <summary>The demo brand's influencers (one credited by code, one by link) and a fortnight of social posts with their engagement.</summary>
internal sealed class MarketingSeed(VetrinaDbContext db, TimeProvider clock) : IShopSeed
{
    public int Order => 60;

    public async Task DemoAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        db.Add(new Influencer("giulia.style", "Giulia Style", "giulia@creators.example", "instagram:@giulia.style", "GIULIA15", 1000, 500, now.AddDays(-40)));
        db.Add(new Influencer("minji.seoul", "Minji Kim", "minji@creators.example", "instagram:@minji.seoul, naver:minji", null, 1200, 600, now.AddDays(-30)));

        SocialNetwork[] networks = [SocialNetwork.Instagram, SocialNetwork.TikTok, SocialNetwork.NaverBlog, SocialNetwork.KakaoChannel, SocialNetwork.Facebook];
        for (var i = 0; i < 8; i++)
        {
            var network = networks[i % networks.Length];
            var korean = network is SocialNetwork.NaverBlog or SocialNetwork.KakaoChannel;
            var post = new SocialPost(network, now.AddDays(-14 + (2 * i)).AddHours(18), korean ? "새 시즌 니트가 도착했어요" : "La nuova maglieria è arrivata",
                korean ? "ko" : "it", korean ? "/ko" : "/it/collections/donna", "fw-knit", now.AddDays(-20));
            if (i < 6)
            {
                post.Record(120 + (37 * i), 8 + i, 5 + (i % 3), 4 + i, 3000 + (450 * i), 40 + (9 * i), now.AddDays(-13 + (2 * i)));
            }

            db.Add(post);
        }
        await db.SaveChangesAsync(cancellationToken);
    }
}
