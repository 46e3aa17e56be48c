namespace Vetrina.Catalog.Domain;

/// <summary>A style's slug in one language. Retired slugs stay so that old links answer with a 301.</summary>
internal sealed class StyleHandle
{
    private StyleHandle()
    {
        Language = null!;
        Value = null!;
    }

    internal StyleHandle(string language, string value, bool isCurrent)
    {
        Language = language;
        Value = value;
        IsCurrent = isCurrent;
    }

    public int Id { get; private set; }

    public int StyleId { get; private set; }

    public string Language { get; private set; }

    public string Value { get; private set; }

    public bool IsCurrent { get; private set; }

    internal void Retire() => IsCurrent = false;

    internal void Reinstate() => IsCurrent = true;
}
