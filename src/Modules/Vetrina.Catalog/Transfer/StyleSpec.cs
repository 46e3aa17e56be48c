using Vetrina.Catalog.Domain;
using Vetrina.Kernel;
using Vetrina.Catalog.Contracts;

namespace Vetrina.Catalog.Transfer;

/// <summary>A style as an import file describes it; null means "the file says nothing, keep what is there".</summary>
internal sealed class StyleSpec(int line, string code)
{
    public int Line { get; } = line;

    public string Code { get; } = code;

    public LocalizedText? Name { get; set; }

    public LocalizedText? Description { get; set; }

    public LocalizedText? Care { get; set; }

    public int? CategoryId { get; set; }

    public int? SeasonId { get; set; }

    public Gender? Gender { get; set; }

    public string? Origin { get; set; }

    public IReadOnlyList<FibreShare>? Fibres { get; set; }

    public Lifecycle? Lifecycle { get; set; }

    public Dictionary<string, MarketPrice> Prices { get; } = [];

    public List<ColourSpec> Colours { get; } = [];
}

internal sealed record MarketPrice(Money Full, Money? Markdown);

internal sealed class ColourSpec(string code, LocalizedText name, ColourFamily family, string hex)
{
    public string Code { get; } = code;

    public LocalizedText Name { get; } = name;

    public ColourFamily Family { get; } = family;

    public string Hex { get; } = hex;

    public List<SkuSpec> Skus { get; } = [];

    public List<ImageSpec> Images { get; } = [];
}

internal sealed record SkuSpec(string Size, string Gtin);

internal sealed record ImageSpec(string Url, LocalizedText Alt, int Width, int Height);
