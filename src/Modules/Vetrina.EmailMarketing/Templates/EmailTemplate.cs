using Vetrina.Kernel;

namespace Vetrina.EmailMarketing.Templates;

/// <summary>
/// An email design: subject, preview text and HTML body in Liquid, one version per language (a missing translation
/// falls back to English). The product styles it shows are chosen per campaign.
/// </summary>
internal sealed class EmailTemplate
{
    private EmailTemplate()
    {
        Name = null!;
        Subject = null!;
        Body = null!;
    }

    public EmailTemplate(string name, LocalizedText subject, LocalizedText? preheader, LocalizedText body, DateTimeOffset at)
    {
        Name = name;
        Subject = subject;
        Preheader = preheader;
        Body = body;
        UpdatedAt = at;
    }

    public int Id { get; private set; }

    public string Name { get; private set; }

    public LocalizedText Subject { get; private set; }

    /// <summary>The preview line inboxes show after the subject; none when null.</summary>
    public LocalizedText? Preheader { get; private set; }

    public LocalizedText Body { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public void Change(string name, LocalizedText subject, LocalizedText? preheader, LocalizedText body, DateTimeOffset at)
    {
        Name = name;
        Subject = subject;
        Preheader = preheader;
        Body = body;
        UpdatedAt = at;
    }
}
