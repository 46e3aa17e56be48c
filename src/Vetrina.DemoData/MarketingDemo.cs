using Vetrina.Catalog.Domain;
using Vetrina.Content.Articles;
using Vetrina.Data;
using Vetrina.EmailMarketing.Segments;
using Vetrina.EmailMarketing.Templates;
using Vetrina.Kernel;
using Vetrina.Marketing.Influencers;
using Vetrina.Marketing.Social;
using Vetrina.Promotions.Domain;

namespace Vetrina.DemoData;

/// <summary>
/// The demo brand's marketing: two posts (a journal piece with product blocks, a lookbook), two influencers (one by code,
/// one by link), a fortnight of social posts with their engagement, a newsletter template and two segments, so the
/// marketing pages show something on the first start.
/// </summary>
internal static class MarketingDemo
{
    public static void Add(VetrinaDbContext db, Style knit, Style other, DateTimeOffset now)
    {
        db.Add(new Article("journal", new("the-knit-edit", "la-maglia-giusta", "knit-edit"),
            new("The knit edit", "La maglia giusta", "니트 에디트"),
            new("Merino and cashmere for the cold months.", "Merino e cashmere per i mesi freddi.", "추운 계절을 위한 메리노와 캐시미어."),
            new($"## Soft, warm, made to last\n\nOur knitwear is spun in Biella.\n\n{{{{product {knit.Code}}}}}\n\nWear it over a shirt, or alone.\n",
                $"## Morbida, calda, fatta per durare\n\nLa nostra maglieria è filata a Biella.\n\n{{{{product {knit.Code}}}}}\n\nSopra una camicia, o da sola.\n",
                $"## 부드럽고 따뜻하게, 오래도록\n\n비엘라에서 방적한 니트입니다.\n\n{{{{product {knit.Code}}}}}\n\n셔츠 위에, 또는 단독으로.\n"),
            "/media/logo.svg", new("Knitwear on a table", "Maglieria su un tavolo", "테이블 위의 니트"), "Giulia Rossi", now.AddDays(-12), now.AddDays(-12)));
        db.Add(new Article("lookbook", new("autumn-in-milan", "autunno-a-milano", "milan-autumn"),
            new("Autumn in Milan", "Autunno a Milano", "밀라노의 가을"),
            new("Six looks from Brera.", "Sei look da Brera.", "브레라에서 찍은 여섯 가지 룩."),
            new($"Six looks shot in Brera.\n\n{{{{product {other.Code}}}}}\n", $"Sei look scattati a Brera.\n\n{{{{product {other.Code}}}}}\n",
                $"브레라에서 촬영한 여섯 가지 룩.\n\n{{{{product {other.Code}}}}}\n"),
            "/media/logo.svg", new("A look in Brera"), "Vetrina studio", now.AddDays(-5), now.AddDays(-5)));

        db.Add(new DiscountCode("GIULIA15", DiscountKind.Percent, 1500, null, 0, null, null, null, null, null, null, combinesWithAutomatic: false));
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

        db.Add(new EmailTemplate("Newsletter",
            new("{{ contact.first_name }}, the new season is here", "{{ contact.first_name }}, è arrivata la nuova stagione", "{{ contact.first_name }}님, 새 시즌이 왔어요"),
            new("Knitwear from Biella", "Maglieria di Biella", "비엘라의 니트"),
            new("<h1>Hello {{ contact.first_name }}</h1>{% for product in products %}<p><a href=\"{{ product.url }}\">{{ product.name }}</a> {{ product.price }}</p>{% endfor %}",
                "<h1>Ciao {{ contact.first_name }}</h1>{% for product in products %}<p><a href=\"{{ product.url }}\">{{ product.name }}</a> {{ product.price }}</p>{% endfor %}",
                "<h1>{{ contact.first_name }}님 안녕하세요</h1>{% for product in products %}<p><a href=\"{{ product.url }}\">{{ product.name }}</a> {{ product.price }}</p>{% endfor %}"),
            now));
        db.Add(new Segment("Korean subscribers", [new("country", "in", ["KR"]), new("consent", "in", ["subscribed"])], now));
        db.Add(new Segment("Best customers (champions and loyal)", [new("rfm", "in", ["champions", "loyal"])], now));
    }
}
