namespace Vetrina.Helpdesk.Domain;

/// <summary>A reply agents insert instead of typing it again, in one language, written in Liquid ("{{ customer.name }}").</summary>
internal sealed class CannedReply
{
    private CannedReply()
    {
        Title = null!;
        Language = null!;
        Body = null!;
        UpdatedBy = null!;
    }

    public CannedReply(string title, string language, string body, string by, DateTimeOffset at)
    {
        Title = title;
        Language = language;
        Body = body;
        UpdatedBy = by;
        UpdatedAt = at;
    }

    public int Id { get; private set; }

    public string Title { get; private set; }

    public string Language { get; private set; }

    public string Body { get; private set; }

    public string UpdatedBy { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public void Change(string title, string language, string body, string by, DateTimeOffset at) =>
        (Title, Language, Body, UpdatedBy, UpdatedAt) = (title, language, body, by, at);
}
