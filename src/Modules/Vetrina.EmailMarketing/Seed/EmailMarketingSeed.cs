using Vetrina.Data;
using Vetrina.Data.Seeding;
using Vetrina.EmailMarketing.Segments;
using Vetrina.EmailMarketing.Templates;

namespace Vetrina.EmailMarketing.Seed;

/// <summary>The demo brand's newsletter template and two segments, so the email pages show something on the first start.</summary>
internal sealed class EmailMarketingSeed(VetrinaDbContext db, TimeProvider clock) : IShopSeed
{
    public int Order => 80;

    public async Task DemoAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        db.Add(new EmailTemplate("Newsletter",
            new("{{ contact.first_name }}, the new season is here", "{{ contact.first_name }}, è arrivata la nuova stagione", "{{ contact.first_name }}님, 새 시즌이 왔어요"),
            new("Knitwear from Biella", "Maglieria di Biella", "비엘라의 니트"),
            new("<h1>Hello {{ contact.first_name }}</h1>{% for product in products %}<p><a href=\"{{ product.url }}\">{{ product.name }}</a> {{ product.price }}</p>{% endfor %}",
                "<h1>Ciao {{ contact.first_name }}</h1>{% for product in products %}<p><a href=\"{{ product.url }}\">{{ product.name }}</a> {{ product.price }}</p>{% endfor %}",
                "<h1>{{ contact.first_name }}님 안녕하세요</h1>{% for product in products %}<p><a href=\"{{ product.url }}\">{{ product.name }}</a> {{ product.price }}</p>{% endfor %}"),
            now));
        db.Add(new Segment("Korean subscribers", [new("country", "in", ["KR"]), new("consent", "in", ["subscribed"])], now));
        db.Add(new Segment("Best customers (champions and loyal)", [new("rfm", "in", ["champions", "loyal"])], now));
        await db.SaveChangesAsync(cancellationToken);
    }
}
