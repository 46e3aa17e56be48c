using Vetrina.Kernel;
using FibreKind = Vetrina.Catalog.Contracts.Fibre;
using Vetrina.Catalog.Contracts;

namespace Vetrina.Storefront.Localization;

/// <summary>Names of catalogue enums (colours, fibres, countries) as a shopper reads them.</summary>
internal static class CatalogTerms
{
    private static readonly Dictionary<ColourFamily, LocalizedText> Colours = new()
    {
        [ColourFamily.Black] = new("Black", "Nero", "블랙"),
        [ColourFamily.White] = new("White", "Bianco", "화이트"),
        [ColourFamily.Grey] = new("Grey", "Grigio", "그레이"),
        [ColourFamily.Navy] = new("Navy", "Blu navy", "네이비"),
        [ColourFamily.Blue] = new("Blue", "Blu", "블루"),
        [ColourFamily.Green] = new("Green", "Verde", "그린"),
        [ColourFamily.Red] = new("Red", "Rosso", "레드"),
        [ColourFamily.Pink] = new("Pink", "Rosa", "핑크"),
        [ColourFamily.Beige] = new("Beige", "Beige", "베이지"),
        [ColourFamily.Brown] = new("Brown", "Marrone", "브라운"),
        [ColourFamily.Yellow] = new("Yellow", "Giallo", "옐로"),
        [ColourFamily.Orange] = new("Orange", "Arancione", "오렌지"),
        [ColourFamily.Purple] = new("Purple", "Viola", "퍼플"),
        [ColourFamily.Multi] = new("Multicolour", "Multicolore", "멀티컬러"),
    };

    private static readonly Dictionary<BodyMeasure, LocalizedText> Measures = new()
    {
        [BodyMeasure.Chest] = new("Chest", "Torace", "가슴둘레"),
        [BodyMeasure.Waist] = new("Waist", "Vita", "허리둘레"),
        [BodyMeasure.Hips] = new("Hips", "Fianchi", "엉덩이둘레"),
        [BodyMeasure.InsideLeg] = new("Inside leg", "Interno gamba", "안쪽 다리 길이"),
        [BodyMeasure.FootLength] = new("Foot length", "Lunghezza piede", "발 길이"),
    };

    private static readonly Dictionary<FibreKind, LocalizedText> Fibres = new()
    {
        [FibreKind.Wool] = new("wool", "lana", "울"),
        [FibreKind.Cashmere] = new("cashmere", "cashmere", "캐시미어"),
        [FibreKind.Alpaca] = new("alpaca", "alpaca", "알파카"),
        [FibreKind.Mohair] = new("mohair", "mohair", "모헤어"),
        [FibreKind.Silk] = new("silk", "seta", "실크"),
        [FibreKind.Cotton] = new("cotton", "cotone", "면"),
        [FibreKind.Linen] = new("linen", "lino", "리넨"),
        [FibreKind.Viscose] = new("viscose", "viscosa", "비스코스"),
        [FibreKind.Lyocell] = new("lyocell", "lyocell", "라이오셀"),
        [FibreKind.Polyamide] = new("polyamide", "poliammide", "폴리아미드"),
        [FibreKind.Polyester] = new("polyester", "poliestere", "폴리에스터"),
        [FibreKind.Elastane] = new("elastane", "elastan", "엘라스틴"),
        [FibreKind.Acetate] = new("acetate", "acetato", "아세테이트"),
        [FibreKind.Leather] = new("leather", "pelle", "가죽"),
        [FibreKind.Rubber] = new("rubber", "gomma", "고무"),
    };

    private static readonly Dictionary<string, LocalizedText> Countries = new()
    {
        ["IT"] = new("Italy", "Italia", "이탈리아"),
        ["PT"] = new("Portugal", "Portogallo", "포르투갈"),
        ["KR"] = new("Korea", "Corea del Sud", "대한민국"),
    };

    public static string Colour(ColourFamily family, string language) => Colours[family].Get(language);

    public static string Colour(string key, string language) =>
        Enum.TryParse<ColourFamily>(key, ignoreCase: true, out var family) ? Colour(family, language) : key;

    public static string Fibre(FibreKind fibre, string language) => Fibres[fibre].Get(language);

    /// <summary>A body measurement's name as a size guide's column heading.</summary>
    public static string Measure(BodyMeasure measure, string language) => Measures[measure].Get(language);

    public static string Fibre(string key, string language) =>
        Enum.TryParse<FibreKind>(key, ignoreCase: true, out var fibre) ? Fibre(fibre, language) : key;

    public static string Country(string code, string language) => Countries.TryGetValue(code, out var name) ? name.Get(language) : code;
}
