namespace Vetrina.Analytics.Domain;

/// <summary>A visitor with a lasting id (consent cookie or integration id), and the first day they were seen: new vs returning users.</summary>
internal sealed class KnownVisitor
{
    public Guid VisitorId { get; set; }

    public DateOnly FirstDay { get; set; }
}
