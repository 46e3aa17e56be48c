using Vetrina.Catalog.Contracts;
using Vetrina.Content.Articles;
using Vetrina.Data;
using Vetrina.Data.Seeding;

namespace Vetrina.Content.Seed;

/// <summary>The demo brand's posts: a journal piece about knitwear and a lookbook, each with a product block.</summary>
internal sealed class ContentSeed(VetrinaDbContext db, ICatalogCodes catalog, TimeProvider clock) : IShopSeed
{
    public int Order => 70;

    public async Task DemoAsync(CancellationToken cancellationToken)
    {
        var knit = (await catalog.SelectAsync("women-sweaters", null, null, cancellationToken)).Styles[0];
        var other = (await catalog.SelectAsync("women-coats", null, null, cancellationToken)).Styles[0];
        var now = clock.GetUtcNow();
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
        await db.SaveChangesAsync(cancellationToken);
    }
}
