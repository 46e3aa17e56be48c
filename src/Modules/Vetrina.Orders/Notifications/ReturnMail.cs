using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.Extensions.Options;
using Vetrina.Kernel;
using Vetrina.Kernel.Time;
using Vetrina.Messaging.Contracts;
using Vetrina.Orders.Contracts;
using Vetrina.Orders.Domain;

namespace Vetrina.Orders.Notifications;

/// <summary>The confirmation of a return request: what goes back, how, what the return shipping costs, and the link to the label.</summary>
internal sealed class ReturnMail(IOptions<SiteOptions> site, IOptions<Aftersales.ReturnPolicyOptions> policy)
{
    private sealed record Words(string Subject, string Opening, string Items, string ByLabel, string InStore, string Fee, string FreeShipping, string Refund,
        string Link, string Signature, Func<ReturnReason, string> Reason, string Exchange, string Credit, string ShippedSubject, string Shipped,
        string CreditSubject, string CreditIssued);

    private static readonly Words English = new(
        "Your return {0}", "We have your return {0} for order {1}, requested on {2}.", "Going back:",
        "Print the prepaid label and send the parcel to: {0}.", "Bring the items to our {0} with this email.",
        "Return shipping of {0} is taken off your refund.", "Return shipping is on us.",
        "Your refund will be {0}, once the items reach us.", "Your return and its label: {0}", "Vetrina",
        r => r switch
        {
            ReturnReason.TooSmall => "too small", ReturnReason.TooLarge => "too large", ReturnReason.NotAsPictured => "not as pictured",
            ReturnReason.Faulty => "faulty", ReturnReason.ChangedMind => "changed my mind", ReturnReason.ArrivedLate => "arrived too late", _ => "other",
        },
        "We are holding your exchange for you and send it as soon as your return reaches us; exchanges are free both ways.",
        "You will get {0} in store credit (a gift card, {1} % more than the refund) once the items reach us.",
        "Your exchange is on its way · {0}", "Your return {0} arrived and your exchange is on its way: {1}",
        "Your store credit · {0}", "Your return {0} arrived. Here is your store credit of {1}, as a gift card to use at checkout: {2}");

    private static readonly Words Italian = new(
        "Il tuo reso {0}", "Abbiamo registrato il reso {0} per l'ordine {1}, richiesto il {2}.", "Articoli da restituire:",
        "Stampa l'etichetta prepagata e spedisci il pacco a: {0}.", "Porta gli articoli in negozio ({0}) con questa email.",
        "Le spese di reso di {0} sono trattenute dal rimborso.", "Le spese di reso sono a nostro carico.",
        "Il rimborso sarà di {0}, quando gli articoli ci arrivano.", "Il tuo reso e la sua etichetta: {0}", "Vetrina",
        r => r switch
        {
            ReturnReason.TooSmall => "troppo piccolo", ReturnReason.TooLarge => "troppo grande", ReturnReason.NotAsPictured => "diverso dalla foto",
            ReturnReason.Faulty => "difettoso", ReturnReason.ChangedMind => "ho cambiato idea", ReturnReason.ArrivedLate => "arrivato in ritardo", _ => "altro",
        },
        "Teniamo da parte il tuo cambio e lo spediamo appena il reso ci arriva; il cambio è gratuito in entrambe le direzioni.",
        "Riceverai {0} di credito (una gift card, il {1} % in più del rimborso) quando gli articoli ci arrivano.",
        "Il tuo cambio è in viaggio · {0}", "Il reso {0} è arrivato e il tuo cambio è in viaggio: {1}",
        "Il tuo credito · {0}", "Il reso {0} è arrivato. Ecco il tuo credito di {1}, una gift card da usare al checkout: {2}");

    private static readonly Words Korean = new(
        "반품 {0} 접수 안내", "{2}에 주문 {1}의 반품 {0}이(가) 접수되었습니다.", "반품 상품:",
        "선불 반품 라벨을 인쇄해 다음 주소로 보내 주세요: {0}.", "이 메일을 가지고 {0}에 상품을 가져와 주세요.",
        "반품 배송비 {0}은(는) 환불 금액에서 차감됩니다.", "반품 배송비는 저희가 부담합니다.",
        "상품이 도착하면 {0}이(가) 환불됩니다.", "반품 내역과 라벨: {0}", "Vetrina",
        r => r switch
        {
            ReturnReason.TooSmall => "사이즈가 작음", ReturnReason.TooLarge => "사이즈가 큼", ReturnReason.NotAsPictured => "사진과 다름",
            ReturnReason.Faulty => "불량", ReturnReason.ChangedMind => "단순 변심", ReturnReason.ArrivedLate => "배송 지연", _ => "기타",
        },
        "교환 상품을 확보해 두었으며 반품 상품이 도착하는 대로 보내 드립니다. 교환 배송비는 왕복 무료입니다.",
        "상품이 도착하면 {0}의 적립금(환불액보다 {1}% 많은 기프트 카드)을 드립니다.",
        "교환 상품 발송 · {0}", "반품 {0}이(가) 도착하여 교환 상품을 보내 드렸습니다: {1}",
        "적립금 안내 · {0}", "반품 {0}이(가) 도착했습니다. 결제 시 사용할 수 있는 {1}의 기프트 카드입니다: {2}");

    public TransactionalMail Requested(Order order, ReturnRequest request, TimeZoneInfo zone, IReadOnlyList<string> returnAddress, string? storeName = null)
    {
        var language = Languages.Normalize(request.Language);
        var words = For(language);
        var money = (long minor) => new Money(minor, order.Currency).Format(language);
        var lines = order.Lines.ToDictionary(l => l.Id);
        var items = request.Lines.Select(l => $"{l.Quantity} × {lines[l.OrderLineId].Name} · {lines[l.OrderLineId].Colour} · {lines[l.OrderLineId].Size} ({words.Reason(l.Reason)})"
            + (l.ExchangeFor is { } exchange ? $" → {exchange}" : "")).ToList();
        var link = $"{site.Value.Base}/{language}/returns/{request.Number}?key={request.AccessKey}";
        var bonus = policy.Value.StoreCreditBonusPercent;
        var settlement = ReturnRules.Settlement(order, request.Lines.Select(l => (l.OrderLineId, l.Quantity)), request.ShippingFeeMinor, request.Resolution, bonus);
        var subject = string.Format(CultureInfo.InvariantCulture, words.Subject, request.Number);
        string[] paragraphs =
        [
            string.Format(CultureInfo.InvariantCulture, words.Opening, request.Number, OrderNumberOf(request), LocalTimes.DateAndTime(request.RequestedAt, zone, language)),
            request.Method == ReturnMethod.Label
                ? string.Format(CultureInfo.InvariantCulture, words.ByLabel, string.Join(", ", returnAddress))
                : string.Format(CultureInfo.InvariantCulture, words.InStore, storeName ?? request.Store),
            request.ShippingFeeMinor > 0 ? string.Format(CultureInfo.InvariantCulture, words.Fee, money(request.ShippingFeeMinor)) : words.FreeShipping,
            request.Resolution switch
            {
                ReturnResolution.Exchange => words.Exchange,
                ReturnResolution.StoreCredit => string.Format(CultureInfo.InvariantCulture, words.Credit, money(settlement), bonus),
                _ => string.Format(CultureInfo.InvariantCulture, words.Refund, money(settlement)),
            },
        ];

        var text = new StringBuilder().AppendLine(paragraphs[0]).AppendLine().AppendLine(words.Items);
        items.ForEach(i => text.AppendLine(CultureInfo.InvariantCulture, $"- {i}"));
        text.AppendLine();
        foreach (var paragraph in paragraphs.Skip(1))
        {
            text.AppendLine(paragraph);
        }

        text.AppendLine().AppendLine(string.Format(CultureInfo.InvariantCulture, words.Link, link)).AppendLine().AppendLine(words.Signature);
        var e = (string s) => WebUtility.HtmlEncode(s);
        var html = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"<!doctype html><html lang=\"{language}\"><head><meta charset=\"utf-8\"><title>{e(subject)}</title></head>")
            .Append("<body style=\"font-family:system-ui,sans-serif;color:#1a1a1a;max-width:36rem;margin:auto\">")
            .Append(CultureInfo.InvariantCulture, $"<p>{e(paragraphs[0])}</p><p>{e(words.Items)}</p><ul>")
            .Append(string.Concat(items.Select(i => $"<li>{e(i)}</li>")))
            .Append("</ul>")
            .Append(string.Concat(paragraphs.Skip(1).Select(p => $"<p>{e(p)}</p>")))
            .Append(CultureInfo.InvariantCulture, $"<p><a href=\"{e(link)}\">{e(string.Format(CultureInfo.InvariantCulture, words.Link, request.Number))}</a></p>")
            .Append(CultureInfo.InvariantCulture, $"<p>{e(words.Signature)}</p></body></html>");
        return new TransactionalMail($"order:{order.Id}:return:{request.Sequence}", order.Email, subject, text.ToString(), html.ToString(), language);
    }

    /// <summary>The exchange has left the warehouse: what was sent and the tracking link.</summary>
    public static TransactionalMail ExchangeShipped(Order order, ReturnRequest request, string trackingUrl)
    {
        var words = For(request.Language);
        var subject = string.Format(CultureInfo.InvariantCulture, words.ShippedSubject, request.Number);
        var body = string.Format(CultureInfo.InvariantCulture, words.Shipped, request.Number, trackingUrl);
        var items = string.Join("\n", request.Lines.Where(l => l.ExchangeFor is not null).Select(l => $"- {l.Quantity} × {l.ExchangeFor}"));
        var e = (string s) => WebUtility.HtmlEncode(s);
        var html = $"<!doctype html><html lang=\"{Languages.Normalize(request.Language)}\"><head><meta charset=\"utf-8\"><title>{e(subject)}</title></head>"
            + $"<body style=\"font-family:system-ui,sans-serif;color:#1a1a1a;max-width:36rem;margin:auto\"><p>{e(body)}</p><pre>{e(items)}</pre><p>{e(words.Signature)}</p></body></html>";
        return new TransactionalMail($"order:{order.Id}:return:{request.Sequence}:exchange", order.Email, subject, $"{body}\n\n{items}\n\n{words.Signature}\n", html,
            Languages.Normalize(request.Language));
    }

    /// <summary>The store credit issued for an arrived return, with the gift card's code.</summary>
    public static TransactionalMail StoreCredit(Order order, ReturnRequest request, string code, long amountMinor)
    {
        var language = Languages.Normalize(request.Language);
        var words = For(language);
        var subject = string.Format(CultureInfo.InvariantCulture, words.CreditSubject, request.Number);
        var body = string.Format(CultureInfo.InvariantCulture, words.CreditIssued, request.Number, new Money(amountMinor, order.Currency).Format(language), code);
        var e = (string s) => WebUtility.HtmlEncode(s);
        var html = $"<!doctype html><html lang=\"{language}\"><head><meta charset=\"utf-8\"><title>{e(subject)}</title></head>"
            + $"<body style=\"font-family:system-ui,sans-serif;color:#1a1a1a;max-width:36rem;margin:auto\"><p>{e(body)}</p><p>{e(words.Signature)}</p></body></html>";
        return new TransactionalMail($"order:{order.Id}:return:{request.Sequence}:credit", order.Email, subject, $"{body}\n\n{words.Signature}\n", html, language);
    }

    private static string OrderNumberOf(ReturnRequest request) => request.Number[..request.Number.LastIndexOf("-R", StringComparison.Ordinal)];

    private static Words For(string language) => Languages.Normalize(language) switch
    {
        Languages.Italian => Italian,
        Languages.Korean => Korean,
        _ => English,
    };
}
