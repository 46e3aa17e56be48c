using System.Globalization;
using System.Net;
using Vetrina.Helpdesk.Domain;
using Vetrina.Kernel;
using Vetrina.Messaging.Contracts;

namespace Vetrina.Helpdesk.Notifications;

/// <summary>
/// The emails of a ticket, in the customer's language, threaded: each carries a Message-ID that names its ticket's token,
/// answers the email before it, and asks for replies at the ticket's own address.
/// </summary>
internal static class TicketMail
{
    private sealed record Words(string Received, string ReceivedBody, string Answer, string Quote, string Signature, string Survey, string SurveyBody,
        string[] Scores);

    private static readonly Words English = new("We received your request {0}", "Thank you for writing. We answer within one working day; reply to this email to add anything.",
        "Re: your request {0}", "You wrote:", "Vetrina customer service", "How did we do with your request {0}?",
        "Your request {0} is solved. How satisfied are you with our help? Choose one; you can add a comment on the next page.",
        ["1 – Very dissatisfied", "2 – Dissatisfied", "3 – Neither", "4 – Satisfied", "5 – Very satisfied"]);

    private static readonly Words Italian = new("Abbiamo ricevuto la tua richiesta {0}", "Grazie per averci scritto. Rispondiamo entro un giorno lavorativo; rispondi a questa email per aggiungere altro.",
        "Re: la tua richiesta {0}", "Hai scritto:", "Servizio clienti Vetrina", "Com'è andata con la tua richiesta {0}?",
        "La tua richiesta {0} è risolta. Quanto sei soddisfatto del nostro aiuto? Scegli un voto; nella pagina seguente puoi aggiungere un commento.",
        ["1 – Per niente soddisfatto", "2 – Poco soddisfatto", "3 – Né sì né no", "4 – Soddisfatto", "5 – Molto soddisfatto"]);

    private static readonly Words Korean = new("문의 {0}이(가) 접수되었습니다", "문의해 주셔서 감사합니다. 영업일 기준 1일 이내에 답변드리며, 추가할 내용은 이 메일에 회신해 주세요.",
        "Re: 문의 {0}", "보내신 내용:", "Vetrina 고객센터", "문의 {0} 상담은 만족스러우셨나요?",
        "문의 {0}이(가) 해결되었습니다. 상담에 얼마나 만족하셨나요? 하나를 골라 주세요. 다음 화면에서 의견을 남기실 수 있습니다.",
        ["1 – 매우 불만족", "2 – 불만족", "3 – 보통", "4 – 만족", "5 – 매우 만족"]);

    /// <summary>The Message-ID (local part) of the email that carried a message of a ticket: the token lets a reply quoting it find the ticket.</summary>
    public static string MessageIdOf(Ticket ticket, TicketMessage message) => $"ticket.{ticket.Token}.{message.Id}";

    public static TransactionalMail Acknowledgement(Ticket ticket, TicketMessage opening, string replyTo)
    {
        var words = For(ticket.Language);
        var subject = string.Format(CultureInfo.InvariantCulture, words.Received, ticket.Number);
        var text = $"{words.ReceivedBody}\n\n{words.Quote}\n{opening.Text}\n\n{words.Signature}\n";
        return new TransactionalMail($"ticket:{ticket.Id}:message:{opening.Id}", ticket.Email, subject, text, Html(ticket, subject, words.ReceivedBody, words.Quote, opening.Text, words),
            Languages.Normalize(ticket.Language), new MailThread(MessageIdOf(ticket, opening), null, [], replyTo));
    }

    /// <param name="earlier">Message-IDs of the thread so far, oldest first (ours as local parts, the customer's in full).</param>
    public static TransactionalMail Answer(Ticket ticket, TicketMessage answer, IReadOnlyList<string> earlier, string? quoted, string replyTo)
    {
        var words = For(ticket.Language);
        var subject = string.Format(CultureInfo.InvariantCulture, words.Answer, ticket.Number);
        var text = $"{answer.Text}\n\n{words.Signature}\n" + (quoted is null ? "" : $"\n{words.Quote}\n{quoted}\n");
        return new TransactionalMail($"ticket:{ticket.Id}:message:{answer.Id}", ticket.Email, subject, text, Html(ticket, subject, answer.Text, words.Quote, quoted, words),
            Languages.Normalize(ticket.Language), new MailThread(MessageIdOf(ticket, answer), earlier.Count == 0 ? null : earlier[^1], earlier, replyTo));
    }

    /// <summary>The one question after solving: five links, one per score, to a page that records it (a link preview records nothing).</summary>
    public static TransactionalMail Survey(Ticket ticket, string siteBase, string replyTo)
    {
        var words = For(ticket.Language);
        var language = Languages.Normalize(ticket.Language);
        var subject = string.Format(CultureInfo.InvariantCulture, words.Survey, ticket.Number);
        var body = string.Format(CultureInfo.InvariantCulture, words.SurveyBody, ticket.Number);
        var links = words.Scores.Select((label, i) => (label, url: $"{siteBase}/{language}/satisfaction/{ticket.Token}?score={i + 1}")).ToList();
        var text = $"{body}\n\n{string.Join("\n", links.Select(l => $"{l.label}: {l.url}"))}\n\n{words.Signature}\n";
        var html = $"<!doctype html><html lang=\"{language}\"><head><meta charset=\"utf-8\"><title>{WebUtility.HtmlEncode(subject)}</title></head>"
            + $"<body style=\"font-family:system-ui,sans-serif;color:#1a1a1a;max-width:36rem;margin:auto\"><p>{WebUtility.HtmlEncode(body)}</p><ul>"
            + string.Concat(links.Select(l => $"<li><a href=\"{WebUtility.HtmlEncode(l.url)}\">{WebUtility.HtmlEncode(l.label)}</a></li>"))
            + $"</ul><p>{WebUtility.HtmlEncode(words.Signature)}</p></body></html>";
        return new TransactionalMail($"ticket:{ticket.Id}:survey", ticket.Email, subject, text, html, language,
            new MailThread($"ticket.{ticket.Token}.survey", null, [], replyTo));
    }

    private static string Html(Ticket ticket, string subject, string body, string quoteLabel, string? quoted, Words words)
    {
        var e = (string s) => WebUtility.HtmlEncode(s).Replace("\n", "<br>", StringComparison.Ordinal);
        return $"<!doctype html><html lang=\"{Languages.Normalize(ticket.Language)}\"><head><meta charset=\"utf-8\"><title>{e(subject)}</title></head>"
            + $"<body style=\"font-family:system-ui,sans-serif;color:#1a1a1a;max-width:36rem;margin:auto\"><p>{e(body)}</p><p>{e(words.Signature)}</p>"
            + (quoted is null ? "" : $"<p style=\"color:#555\">{e(quoteLabel)}</p><blockquote style=\"color:#555;border-left:3px solid #ccc;margin:0;padding-left:1em\">{e(quoted)}</blockquote>")
            + "</body></html>";
    }

    private static Words For(string language) => Languages.Normalize(language) switch
    {
        Languages.Italian => Italian,
        Languages.Korean => Korean,
        _ => English,
    };
}
