namespace Vetrina.Helpdesk.Domain;

/// <summary>
/// A file that came with a message: a photo re-encoded as WebP (only its pixels kept), or a document of a type on the
/// allow list, as sent. Staff download it from the ticket; it goes wherever its message goes (a merge).
/// </summary>
internal sealed class TicketAttachment
{
    private TicketAttachment()
    {
        FileName = null!;
        ContentType = null!;
        Content = null!;
    }

    public TicketAttachment(string fileName, string contentType, byte[] content)
    {
        FileName = fileName;
        ContentType = contentType;
        Content = content;
        Length = content.LongLength;
    }

    public long Id { get; private set; }

    public long TicketMessageId { get; private set; }

    public string FileName { get; private set; }

    public string ContentType { get; private set; }

    public long Length { get; private set; }

    public byte[] Content { get; private set; }
}
