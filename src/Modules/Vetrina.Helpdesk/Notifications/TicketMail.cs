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
    private sealed record Words(string Received, string ReceivedBody, string Answer, string Quote, string Signature);

    private static readonly Words English = new("We received your request {0}", "Thank you for writing. We answer within one working day; reply to this email to add anything.",
        "Re: your request {0}", "You wrote:", "Vetrina customer service");

    private static readonly Words Italian = new("Abbiamo ricevuto la tua richiesta {0}", "Grazie per averci scritto. Rispondiamo entro un giorno lavorativo; rispondi a questa email per aggiungere altro.",
        "Re: la tua richiesta {0}", "Hai scritto:", "Servizio clienti Vetrina");

    private static readonly Words Korean = new("문의 {0}이(가) 접수되었습니다", "문의해 주셔서 감사합니다. 영업일 기준 1일 이내에 답변드리며, 추가할 내용은 이 메일에 회신해 주세요.",
        "Re: 문의 {0}", "보내신 내용:", "Vetrina 고객센터");

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
