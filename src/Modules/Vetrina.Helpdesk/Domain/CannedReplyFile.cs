namespace Vetrina.Helpdesk.Domain;

/// <summary>A file sent with a canned reply (a size guide, a returns form), attached to every answer that uses the reply.</summary>
internal sealed class CannedReplyFile
{
    private CannedReplyFile()
    {
        FileName = null!;
        ContentType = null!;
        Content = null!;
    }

    public CannedReplyFile(int cannedReplyId, string fileName, string contentType, byte[] content) =>
        (CannedReplyId, FileName, ContentType, Content) = (cannedReplyId, fileName, contentType, content);

    public long Id { get; private set; }

    public int CannedReplyId { get; private set; }

    public string FileName { get; private set; }

    public string ContentType { get; private set; }

    public byte[] Content { get; private set; }
}
