using Microsoft.EntityFrameworkCore;
using Vetrina.Catalog.Contracts;
using Vetrina.Catalog.Domain;
using Vetrina.Catalog.Media;
using Vetrina.Data;
using Vetrina.Data.Seeding;
using Vetrina.Kernel;

namespace Vetrina.Catalog.Seed;

/// <summary>
/// The catalogue's part of an empty shop: the merchandising hierarchy and the current seasons; and of the demo brand,
/// about 160 styles and 2,400 SKUs with prices, markdowns and their price history, and its collections.
/// </summary>
internal sealed class CatalogSeed(VetrinaDbContext db) : IShopSeed
{
    private static readonly DateTimeOffset MarkdownStart = new(2026, 10, 15, 8, 0, 0, TimeSpan.Zero);

    public int Order => 10;

    public async Task FoundationAsync(CancellationToken cancellationToken)
    {
        db.AddRange(Seasons().Values);
        db.AddRange(Categories().Values);
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task DemoAsync(CancellationToken cancellationToken)
    {
        var seasons = await db.Set<Season>().AsNoTracking().ToDictionaryAsync(s => s.Code, s => s.Id, cancellationToken);
        var categories = await db.Set<Category>().AsNoTracking().ToDictionaryAsync(c => c.Code, c => c.Id, cancellationToken);
        var styles = Styles(categories, seasons);
        db.AddRange(styles.Select(s => s.Style));
        await db.SaveChangesAsync(cancellationToken);
        db.AddRange(Collections(categories, seasons, styles));
        await db.SaveChangesAsync(cancellationToken);
    }

    private static Dictionary<string, Season> Seasons() => new()
    {
        ["SS26"] = new Season("SS26", new("Spring-Summer 2026", "Primavera-Estate 2026", "2026 봄-여름"), new(2026, 2, 1), new(2026, 7, 31)),
        ["FW26"] = new Season("FW26", new("Fall-Winter 2026", "Autunno-Inverno 2026", "2026 가을-겨울"), new(2026, 8, 1), new(2027, 1, 31)),
        [Season.CarryOverCode] = new Season(Season.CarryOverCode, new("Carry-over", "Continuativi", "상시 판매"), new(2020, 1, 1), new(2099, 12, 31)),
    };

    private static Dictionary<string, Category> Categories()
    {
        var categories = new Dictionary<string, Category>();
        var position = 0;
        foreach (var node in Assortment.Hierarchy)
        {
            var parent = node.Parent is null ? null : categories[node.Parent];
            categories[node.Code] = new Category(node.Code, node.Name, node.Level, parent, node.SizeType, position++);
        }

        return categories;
    }

    private sealed record Seeded(Style Style, ProductType Type);

    private static List<Seeded> Styles(Dictionary<string, int> categories, Dictionary<string, int> seasons)
    {
        var seeded = new List<Seeded>();
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var gtin = 0;
        for (var t = 0; t < Assortment.Types.Length; t++)
        {
            var type = Assortment.Types[t];
            var category = categories[type.Category];
            var chart = SizeChart.For(Assortment.Hierarchy.Single(node => node.Code == type.Category).SizeType);
            var count = t < 10 ? 6 : 5;
            for (var j = 0; j < count; j++)
            {
                var material = type.Materials[j % type.Materials.Length];
                var line = Enumerable.Range(0, Vocabulary.Lines.Length)
                    .Select(k => Vocabulary.Lines[(t * 3 + j + k) % Vocabulary.Lines.Length])
                    .First(l => !names.Contains(EnglishName(l, material, type)));
                var name = new LocalizedText(
                    EnglishName(line, material, type),
                    $"{type.Noun.It} {line.It} {material.Adjective.It}",
                    $"{line.Ko} {material.Adjective.Ko} {type.Noun.Ko}");
                names.Add(name.En);

                var fit = Vocabulary.Fits[(t + j) % Vocabulary.Fits.Length];
                var origin = Vocabulary.Origins[(t + j) % 5 == 0 ? 1 : (t + j) % 7 == 0 ? 2 : 0];
                var description = new LocalizedText(
                    string.Join(' ', type.Sentence.En, material.Sentence.En, fit.En, origin.Sentence.En),
                    string.Join(' ', type.Sentence.Get(Languages.Italian), material.Sentence.Get(Languages.Italian), fit.Get(Languages.Italian), origin.Sentence.Get(Languages.Italian)),
                    string.Join(' ', type.Sentence.Get(Languages.Korean), material.Sentence.Get(Languages.Korean), fit.Get(Languages.Korean), origin.Sentence.Get(Languages.Korean)));

                var seasonCode = (j % 3) switch { 0 => "FW26", 1 => "SS26", _ => Season.CarryOverCode };
                var created = (seasonCode switch
                {
                    "FW26" => new DateTimeOffset(2026, 8, 1, 8, 0, 0, TimeSpan.Zero),
                    "SS26" => new DateTimeOffset(2026, 2, 1, 8, 0, 0, TimeSpan.Zero),
                    _ => new DateTimeOffset(2025, 9, 1, 8, 0, 0, TimeSpan.Zero),
                }).AddDays(t + (j * 7));

                var code = $"VT-{type.Code}-{seasonCode}-{j + 1:00}";
                var style = new Style(code, name, description, material.Care, category, seasons[seasonCode], type.Gender, origin.Country, material.Fibres, created);

                for (var k = 0; k < type.Colourways; k++)
                {
                    var colour = Vocabulary.Colours[((t * 5) + (j * 3) + (k * 4)) % Vocabulary.Colours.Length];
                    var colourway = style.AddColourway(colour.Code, colour.Name, colour.Family, colour.Hex);
                    foreach (var (view, index) in new[]
                             {
                                 (new LocalizedText("front view", "vista frontale", "앞모습"), 1), (new LocalizedText("back view", "vista posteriore", "뒷모습"), 2),
                                 (new LocalizedText("fabric close-up", "dettaglio del tessuto", "원단 디테일"), 3),
                             })
                    {
                        colourway.AddImage($"/media/demo/{code}/{colour.Code}/{index}.jpg",
                            new LocalizedText($"{name.En} in {colour.Name.En.ToLowerInvariant()}, {view.En}",
                                $"{name.It}, {colour.Name.It!.ToLowerInvariant()}, {view.It}",
                                $"{name.Ko} {colour.Name.Ko} {view.Ko}"),
                            DemoPhotos.Width, DemoPhotos.Height);
                    }

                    foreach (var size in chart.BaseSizes)
                    {
                        style.AddSku(colourway, chart, size, Gtin.Complete($"8059{++gtin:00000000}"));
                    }
                }

                Price(style, type, t, j, seasonCode, created);
                seeded.Add(new Seeded(style, type));
            }
        }

        return seeded;
    }

    private static string EnglishName(LocalizedText line, Material material, ProductType type) => $"{line.En} {material.Adjective.En} {type.Noun.En}";

    private static void Price(Style style, ProductType type, int t, int j, string season, DateTimeOffset created)
    {
        var eur = type.PriceEur + ((j % 3) * 20);
        var prices = new (string Market, Money Full)[]
        {
            ("IT", Money.FromMajor(eur, Currency.Eur)),
            ("KR", Money.FromMajor(Math.Round(eur * 1450m / 1000m) * 1000m, Currency.Krw)),
            ("INTL", Money.FromMajor(Math.Round(eur * 1.15m / 5m) * 5m, Currency.Usd)),
        };
        foreach (var (market, full) in prices)
        {
            style.SetPrice(market, full, null, created);
        }

        if ((t % 10 == 9) && j == 4)
        {
            return; // stays a draft: the storefront must not list it
        }

        if (season == "FW26" && j == 3 && t % 4 == 0)
        {
            style.MoveTo(Lifecycle.ComingSoon, created);
            // Some of next season's styles already sell as pre-orders, ahead of the delivery.
            style.TakePreorders(t % 8 == 0);
            return;
        }

        style.MoveTo(season == "FW26" && j == 0 ? Lifecycle.NewIn : Lifecycle.FullPrice, created);
        if (season != "SS26")
        {
            return;
        }

        var start = MarkdownStart.AddDays(t % 10);
        if ((t + j) % 4 == 0)
        {
            // A short promotion inside the 30 days before the markdown: the Omnibus "lowest prior price" is the promotion's.
            foreach (var (market, full) in prices)
            {
                style.SetPrice(market, full.PercentOff(1000), null, start.AddDays(-20));
                style.SetPrice(market, full, null, start.AddDays(-13));
            }
        }

        foreach (var (market, full) in prices)
        {
            var markdown = full.PercentOff(j % 2 == 0 ? 3000 : 4000);
            var rounded = full.Currency.MinorDigits == 0
                ? new Money(markdown.Minor / 1000 * 1000, full.Currency)
                : new Money(markdown.Minor / 100 * 100, full.Currency);
            style.SetPrice(market, full, rounded, start);
        }

        style.MoveTo(t % 3 == 0 ? Lifecycle.EndOfSeason : Lifecycle.Markdown, start);
    }

    private static IEnumerable<Collection> Collections(Dictionary<string, int> categories, Dictionary<string, int> seasons, List<Seeded> styles)
    {
        var position = 0;
        var women = new Collection(new("Women", "Donna", "여성"), new("The women's collection: knitwear, tailoring, dresses and shoes.", "La collezione donna: maglieria, sartoria, abiti e scarpe.", "여성 컬렉션: 니트웨어, 테일러링, 원피스, 슈즈."), new CollectionRule { CategoryId = categories["women"] }, position++);
        var men = new Collection(new("Men", "Uomo", "남성"), new("The men's collection: knitwear, outerwear, shirts and shoes.", "La collezione uomo: maglieria, capispalla, camicie e scarpe.", "남성 컬렉션: 니트웨어, 아우터, 셔츠, 슈즈."), new CollectionRule { CategoryId = categories["men"] }, position++);
        var accessories = new Collection(new("Accessories", "Accessori", "액세서리"), new("Bags, scarves, hats and belts.", "Borse, sciarpe, cappelli e cinture.", "가방, 머플러, 모자, 벨트."), new CollectionRule { CategoryId = categories["accessories"] }, position++);
        var newIn = new Collection(new("New in", "Nuovi arrivi", "신상품"), new("Just arrived for the new season.", "Appena arrivati per la nuova stagione.", "새 시즌을 위해 막 도착한 상품."), new CollectionRule { OnlyNewIn = true }, position++);
        var sale = new Collection(new("Sale", "Saldi", "세일"), new("Spring-summer styles, reduced.", "Capi primavera-estate a prezzo ridotto.", "봄-여름 스타일 할인."), new CollectionRule { OnlyMarkdown = true }, position++);
        var fw = new Collection(new("Fall-Winter 2026", "Autunno-Inverno 2026", "2026 가을-겨울"), new("The season's collection.", "La collezione della stagione.", "이번 시즌 컬렉션."), new CollectionRule { SeasonId = seasons["FW26"] }, position++);
        var ss = new Collection(new("Spring-Summer 2026", "Primavera-Estate 2026", "2026 봄-여름"), new("Last season's collection.", "La collezione della scorsa stagione.", "지난 시즌 컬렉션."), new CollectionRule { SeasonId = seasons["SS26"] }, position++);
        var essentials = new Collection(new("Essentials", "Essenziali", "에센셜"), new("Carry-over styles, always in stock.", "Capi continuativi, sempre disponibili.", "언제나 구매할 수 있는 상시 스타일."), new CollectionRule { SeasonId = seasons[Season.CarryOverCode] }, position++);
        var knitwear = new Collection(new("Knitwear", "Maglieria", "니트웨어"), new("Sweaters, cardigans and knit dresses in merino, cashmere and alpaca.", "Maglioni, cardigan e abiti in maglia in merino, cashmere e alpaca.", "메리노, 캐시미어, 알파카 스웨터와 가디건, 니트 원피스."), new CollectionRule(), position++);
        var shoes = new Collection(new("Shoes", "Scarpe", "슈즈"), new("Sneakers, loafers and boots made in Italy.", "Sneakers, mocassini e stivali prodotti in Italia.", "이탈리아에서 만든 스니커즈, 로퍼, 부츠."), new CollectionRule(), position++);

        var knitTypes = new[] { "WSW", "WCA", "WKD", "MSW", "MCA" };
        var shoeTypes = new[] { "WSN", "WLO", "WBO", "MSN", "MLO", "MBO" };
        foreach (var seeded in styles)
        {
            if (knitTypes.Contains(seeded.Type.Code))
            {
                knitwear.Include(seeded.Style.Id);
            }

            if (shoeTypes.Contains(seeded.Type.Code))
            {
                shoes.Include(seeded.Style.Id);
            }
        }

        women.Feature();
        men.Feature();
        knitwear.Feature();
        sale.Feature();
        return [women, men, accessories, newIn, sale, fw, ss, essentials, knitwear, shoes];
    }
}
