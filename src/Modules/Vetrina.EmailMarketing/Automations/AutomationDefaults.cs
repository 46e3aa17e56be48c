using Microsoft.EntityFrameworkCore;
using Vetrina.Data;
using Vetrina.EmailMarketing.Campaigns;
using Vetrina.EmailMarketing.Templates;
using Vetrina.Kernel;

namespace Vetrina.EmailMarketing.Automations;

/// <summary>
/// The six flows every shop starts with, switched off, each step with a template in English, Italian and Korean that
/// staff can rewrite: welcome; abandoned cart at 1 h and 24 h; browse abandonment; review request 7 days after delivery;
/// win-back after 120 days; birthday.
/// </summary>
internal static class AutomationDefaults
{
    private sealed record Step(TimeSpan Delay, string Utm, LocalizedText Subject, LocalizedText Body);

    private const string CartItems = """{% for item in cart.items %}<p><a href="{{ item.url }}">{{ item.name }}</a> · {{ item.size }} · {{ item.price }}</p>{% endfor %}""";

    public static async Task EnsureAsync(VetrinaDbContext db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var existing = await db.Set<Automation>().Select(a => a.Kind).ToListAsync(cancellationToken);
        foreach (var kind in Enum.GetValues<AutomationKind>().Except(existing))
        {
            var (name, steps) = Define(kind);
            var automation = new Automation(kind, name, smartSendingHours: kind is AutomationKind.AbandonedCart ? 0 : 16, winBackDays: 120);
            foreach (var step in steps)
            {
                var template = new EmailTemplate($"{name} · {step.Utm}", step.Subject, null, step.Body, now);
                db.Add(template);
                await db.SaveChangesAsync(cancellationToken);
                var campaign = new EmailCampaign($"{name} · {step.Utm}", step.Utm, template.Id, null, "", false, null, 0, TimeSpan.Zero, "system", now);
                campaign.ServeFlow();
                db.Add(campaign);
                await db.SaveChangesAsync(cancellationToken);
                automation.AddStep(step.Delay, campaign.Id);
            }

            db.Add(automation);
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    private static (string Name, Step[] Steps) Define(AutomationKind kind) => kind switch
    {
        AutomationKind.Welcome => ("Welcome", [new(TimeSpan.Zero, "flow-welcome",
            new("Welcome, {{ contact.first_name }}", "Benvenuta, {{ contact.first_name }}", "{{ contact.first_name }}님, 환영합니다"),
            new("<p>Welcome to {{ shop.name }}.</p><p><a href=\"{{ shop.url }}/en\">Discover the collection</a></p>",
                "<p>Benvenuta in {{ shop.name }}.</p><p><a href=\"{{ shop.url }}/it\">Scopri la collezione</a></p>",
                "<p>{{ shop.name }}에 오신 것을 환영합니다.</p><p><a href=\"{{ shop.url }}/ko\">컬렉션 보기</a></p>"))]),
        AutomationKind.AbandonedCart => ("Abandoned cart", [
            new(TimeSpan.FromHours(1), "flow-cart-1h",
                new("You left something in your bag", "Hai lasciato qualcosa nella borsa", "장바구니에 담긴 상품이 있어요"),
                new($"<p>Your bag is waiting:</p>{CartItems}<p><a href=\"{{{{ cart.restore_url }}}}\">Back to your bag</a></p>",
                    $"<p>La tua borsa ti aspetta:</p>{CartItems}<p><a href=\"{{{{ cart.restore_url }}}}\">Torna alla borsa</a></p>",
                    $"<p>장바구니가 기다리고 있어요:</p>{CartItems}<p><a href=\"{{{{ cart.restore_url }}}}\">장바구니로 돌아가기</a></p>")),
            new(TimeSpan.FromHours(24), "flow-cart-24h",
                new("Still thinking it over?", "Ci stai ancora pensando?", "아직 고민 중이신가요?"),
                new($"<p>Sizes sell out fast:</p>{CartItems}<p><a href=\"{{{{ cart.restore_url }}}}\">Complete your order</a></p>",
                    $"<p>Le taglie finiscono in fretta:</p>{CartItems}<p><a href=\"{{{{ cart.restore_url }}}}\">Completa l'ordine</a></p>",
                    $"<p>사이즈가 빠르게 품절되고 있어요:</p>{CartItems}<p><a href=\"{{{{ cart.restore_url }}}}\">주문 완료하기</a></p>"))]),
        AutomationKind.BrowseAbandonment => ("Browse abandonment", [new(TimeSpan.FromHours(2), "flow-browse",
            new("Still on your mind: {{ product.name }}", "Ci pensi ancora? {{ product.name }}", "{{ product.name }}, 다시 보기"),
            new("<p><a href=\"{{ product.url }}\">{{ product.name }}</a> · {{ product.price }}</p>",
                "<p><a href=\"{{ product.url }}\">{{ product.name }}</a> · {{ product.price }}</p>",
                "<p><a href=\"{{ product.url }}\">{{ product.name }}</a> · {{ product.price }}</p>"))]),
        AutomationKind.PostPurchase => ("Review request", [new(TimeSpan.FromDays(7), "flow-review",
            new("How is your order {{ order.number }}?", "Com'è il tuo ordine {{ order.number }}?", "주문 {{ order.number }}은 어떠셨나요?"),
            new("<p>Tell others how it fits:</p>{% for item in order.items %}<p><a href=\"{{ item.review_url }}\">Review {{ item.name }}</a></p>{% endfor %}",
                "<p>Racconta com'è la vestibilità:</p>{% for item in order.items %}<p><a href=\"{{ item.review_url }}\">Recensisci {{ item.name }}</a></p>{% endfor %}",
                "<p>착용감을 알려주세요:</p>{% for item in order.items %}<p><a href=\"{{ item.review_url }}\">{{ item.name }} 리뷰 쓰기</a></p>{% endfor %}"))]),
        AutomationKind.WinBack => ("Win-back", [new(TimeSpan.Zero, "flow-winback",
            new("We miss you, {{ contact.first_name }}", "Ci manchi, {{ contact.first_name }}", "{{ contact.first_name }}님, 보고 싶었어요"),
            new("<p>A lot has changed since your last visit.</p><p><a href=\"{{ shop.url }}/en\">See what is new</a></p>",
                "<p>Molto è cambiato dalla tua ultima visita.</p><p><a href=\"{{ shop.url }}/it\">Guarda le novità</a></p>",
                "<p>마지막 방문 이후 많은 것이 달라졌어요.</p><p><a href=\"{{ shop.url }}/ko\">신상품 보기</a></p>"))]),
        _ => ("Birthday", [new(TimeSpan.Zero, "flow-birthday",
            new("Happy birthday, {{ contact.first_name }}", "Buon compleanno, {{ contact.first_name }}", "{{ contact.first_name }}님, 생일 축하드려요"),
            new("<p>Happy birthday from {{ shop.name }}.</p>", "<p>Buon compleanno da {{ shop.name }}.</p>", "<p>{{ shop.name }}에서 생일을 축하드립니다.</p>"))]),
    };
}
