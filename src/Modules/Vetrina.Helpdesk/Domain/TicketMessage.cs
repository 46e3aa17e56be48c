namespace Vetrina.Helpdesk.Domain;

/// <summary>One message of a ticket: the customer's, an agent's answer (emailed), or a staff note (never emailed).</summary>
internal sealed class TicketMessage
{
    private readonly List<TicketAttachment> attachments = [];

    private TicketMessage()
    {
        AuthorName = null!;
        Text = null!;
    }

    public TicketMessage(MessageAuthor author, string authorName, string text, DateTimeOffset at)
    {
        Author = author;
        AuthorName = authorName;
        Text = text;
        At = at;
    }

    public long Id { get; private set; }

    public long TicketId { get; private set; }

    public MessageAuthor Author { get; private set; }

    public string AuthorName { get; private set; }

    /// <summary>As written: plain text, shown escaped.</summary>
    public string Text { get; private set; }

    /// <summary>An email's HTML body after sanitising (scripts, handlers, remote forms removed), for staff to read as sent.</summary>
    public string? Html { get; private set; }

    public DateTimeOffset At { get; private set; }

    public IReadOnlyList<TicketAttachment> Attachments => attachments;

    /// <summary>The Message-ID's local part of the email that carried it (ours for an answer, the sender's for inbound mail).</summary>
    public string? MessageId { get; private set; }

    /// <summary>Its words are in the search index (<see cref="Search.TicketIndexer"/> adds them shortly after it arrives).</summary>
    public bool Indexed { get; private set; }

    /// <summary>Moves it to the ticket it was merged into; its words are indexed again there.</summary>
    public void MoveTo(long ticketId)
    {
        TicketId = ticketId;
        Indexed = false;
    }

    public void Attach(TicketAttachment attachment) => attachments.Add(attachment);

    public void Carried(string messageId) => MessageId = messageId;

    public void Formatted(string? sanitizedHtml) => Html = sanitizedHtml;
}
