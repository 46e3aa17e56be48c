namespace Vetrina.Kernel;

/// <summary>A customer-facing text in every storefront language; a missing translation falls back to English.</summary>
public sealed record LocalizedText
{
    // For the ORM, which fills the properties itself.
    private LocalizedText() => En = string.Empty;

    public LocalizedText(string en, string? it = null, string? ko = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(en);
        En = en;
        It = string.IsNullOrWhiteSpace(it) ? null : it;
        Ko = string.IsNullOrWhiteSpace(ko) ? null : ko;
    }

    /// <summary>Text as a person typed it in a form or a file: trimmed, blank translations left to fall back.</summary>
    public static LocalizedText FromInput(string en, string? it, string? ko) => new(en.Trim(), it?.Trim(), ko?.Trim());

    public string En { get; init; }

    public string? It { get; init; }

    public string? Ko { get; init; }

    public string this[string language] => Get(language);

    public string Get(string language) => language switch
    {
        Languages.Italian => It ?? En,
        Languages.Korean => Ko ?? En,
        _ => En,
    };

    public bool Has(string language) => language switch
    {
        Languages.Italian => It is not null,
        Languages.Korean => Ko is not null,
        _ => true,
    };

    public override string ToString() => En;
}
