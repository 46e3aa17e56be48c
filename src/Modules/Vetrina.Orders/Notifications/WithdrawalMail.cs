using System.Globalization;
using System.Net;
using System.Text;
using Vetrina.Kernel;
using Vetrina.Kernel.Time;
using Vetrina.Messaging.Contracts;
using Vetrina.Orders.Domain;

namespace Vetrina.Orders.Notifications;

/// <summary>
/// The acknowledgement the withdrawal function owes "without undue delay, on a durable medium": what was withdrawn,
/// from which order, and the date and time the shop received it, in the market's time zone and the shopper's language.
/// </summary>
internal static class WithdrawalMail
{
    private sealed record Words(string Subject, string Greeting, string Received, string Items, string Next, string Return, string Signature);

    private static readonly Words English = new(
        "We received your withdrawal · order {0}",
        "Dear {0},",
        "we received your withdrawal from order {0} on {1}.",
        "Withdrawn:",
        "Please send the items back within 14 days. We refund what you paid for them (and standard delivery when you withdraw from the whole order) within 14 days of today; we may wait until the items, or proof that you sent them, reach us.",
        "Your return {0}, with its label to print: {1}",
        "Vetrina");

    private static readonly Words Italian = new(
        "Abbiamo ricevuto il tuo recesso · ordine {0}",
        "Gentile {0},",
        "abbiamo ricevuto il tuo recesso dall'ordine {0} il {1}.",
        "Articoli per cui eserciti il recesso:",
        "Restituisci gli articoli entro 14 giorni. Ti rimborsiamo quanto pagato (e la consegna standard se recedi dall'intero ordine) entro 14 giorni da oggi; possiamo attendere di ricevere gli articoli o la prova della spedizione.",
        "Il tuo reso {0}, con l'etichetta da stampare: {1}",
        "Vetrina");

    private static readonly Words Korean = new(
        "청약철회가 접수되었습니다 · 주문 {0}",
        "{0}님,",
        "{1}에 주문 {0}의 청약철회를 접수했습니다.",
        "철회 상품:",
        "14일 이내에 상품을 반송해 주세요. 결제하신 금액(전체 주문을 철회하시면 기본 배송비 포함)은 오늘부터 14일 이내에 환불되며, 상품 또는 발송 증빙을 받을 때까지 환불을 보류할 수 있습니다.",
        "반품 {0}과 인쇄할 라벨: {1}",
        "Vetrina");

    public static TransactionalMail Acknowledgement(Order order, Withdrawal withdrawal, TimeZoneInfo zone, string returnNumber, string returnLink)
    {
        var language = Languages.Normalize(withdrawal.Language);
        var words = language switch { Languages.Italian => Italian, Languages.Korean => Korean, _ => English };
        var at = LocalTimes.DateAndTime(withdrawal.ReceivedAt, zone, language);
        var subject = string.Format(CultureInfo.InvariantCulture, words.Subject, withdrawal.OrderNumber);
        var greeting = string.Format(CultureInfo.InvariantCulture, words.Greeting, withdrawal.Name);
        var received = string.Format(CultureInfo.InvariantCulture, words.Received, withdrawal.OrderNumber, at);
        var items = withdrawal.Lines.Select(l => $"{l.Quantity} × {l.Description}").ToList();

        var text = new StringBuilder().AppendLine(greeting).AppendLine(received).AppendLine().AppendLine(words.Items);
        items.ForEach(i => text.AppendLine(CultureInfo.InvariantCulture, $"- {i}"));
        var returning = string.Format(CultureInfo.InvariantCulture, words.Return, returnNumber, returnLink);
        text.AppendLine().AppendLine(words.Next).AppendLine().AppendLine(returning).AppendLine().AppendLine(words.Signature);

        var e = (string s) => WebUtility.HtmlEncode(s);
        var html = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"<!doctype html><html lang=\"{language}\"><head><meta charset=\"utf-8\"><title>{e(subject)}</title></head>")
            .Append("<body style=\"font-family:system-ui,sans-serif;color:#1a1a1a;max-width:36rem;margin:auto\">")
            .Append(CultureInfo.InvariantCulture, $"<p>{e(greeting)}<br>{e(received)}</p><p>{e(words.Items)}</p><ul>")
            .Append(string.Concat(items.Select(i => $"<li>{e(i)}</li>")))
            .Append(CultureInfo.InvariantCulture, $"</ul><p>{e(words.Next)}</p>")
            .Append(CultureInfo.InvariantCulture, $"<p>{e(string.Format(CultureInfo.InvariantCulture, words.Return, returnNumber, ""))}<a href=\"{e(returnLink)}\">{e(returnLink)}</a></p>")
            .Append(CultureInfo.InvariantCulture, $"<p>{e(words.Signature)}</p></body></html>");
        return new TransactionalMail($"order:{order.Id}:withdrawal:{withdrawal.Sequence}", withdrawal.Email, subject, text.ToString(), html.ToString(), language);
    }
}
