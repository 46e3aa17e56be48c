using Vetrina.Catalog.Domain;
using Vetrina.Kernel;
using FibreComposition = Vetrina.Catalog.Domain.Composition;
using Vetrina.Catalog.Contracts;

namespace Vetrina.Catalog.Pages.Admin;

/// <summary>The style form's fields, as posted: the editor re-renders them as typed when something is wrong.</summary>
internal sealed class StyleDetailsInput
{
    public string? Code { get; set; }

    public int Revision { get; set; }

    public string? NameEn { get; set; }

    public string? NameIt { get; set; }

    public string? NameKo { get; set; }

    public string? DescriptionEn { get; set; }

    public string? DescriptionIt { get; set; }

    public string? DescriptionKo { get; set; }

    public string? CareEn { get; set; }

    public string? CareIt { get; set; }

    public string? CareKo { get; set; }

    public int CategoryId { get; set; }

    public int SeasonId { get; set; }

    public Gender Gender { get; set; }

    public string? Origin { get; set; }

    public string? Composition { get; set; }

    // Methods, not properties: model binding reads every property of the model it fills, and these may be read only
    // once Validate has passed (a form without an English name would end in a NullReferenceException, not its message).
    public LocalizedText Name() => LocalizedText.FromInput(NameEn!, NameIt, NameKo);

    public LocalizedText Description() => LocalizedText.FromInput(DescriptionEn!, DescriptionIt, DescriptionKo);

    public LocalizedText Care() => LocalizedText.FromInput(CareEn!, CareIt, CareKo);

    public static StyleDetailsInput From(Style style) => new()
    {
        Code = style.Code,
        Revision = style.Revision,
        NameEn = style.Name.En,
        NameIt = style.Name.It,
        NameKo = style.Name.Ko,
        DescriptionEn = style.Description.En,
        DescriptionIt = style.Description.It,
        DescriptionKo = style.Description.Ko,
        CareEn = style.Care.En,
        CareIt = style.Care.It,
        CareKo = style.Care.Ko,
        CategoryId = style.CategoryId,
        SeasonId = style.SeasonId,
        Gender = style.Gender,
        Origin = style.CountryOfOrigin,
        Composition = FibreComposition.Format(style.Composition),
    };

    /// <summary>Field errors keyed by property name; the parsed composition when it is valid.</summary>
    public (Dictionary<string, string> Errors, IReadOnlyList<FibreShare> Fibres) Validate(bool isNew)
    {
        var errors = new Dictionary<string, string>();
        if (isNew && (string.IsNullOrWhiteSpace(Code) || Code.Length > 40 || !Code.All(c => char.IsAsciiLetterOrDigit(c) || c == '-')))
        {
            errors[nameof(Code)] = "Give a code of up to 40 letters, digits and dashes, e.g. KN-0200.";
        }

        Require(errors, nameof(NameEn), NameEn, 200, "an English name");
        Require(errors, nameof(DescriptionEn), DescriptionEn, 4000, "an English description");
        Require(errors, nameof(CareEn), CareEn, 1000, "English care instructions");
        foreach (var (field, value, max) in new[]
        {
            (nameof(NameIt), NameIt, 200), (nameof(NameKo), NameKo, 200), (nameof(DescriptionIt), DescriptionIt, 4000),
            (nameof(DescriptionKo), DescriptionKo, 4000), (nameof(CareIt), CareIt, 1000), (nameof(CareKo), CareKo, 1000),
        })
        {
            if (value?.Length > max)
            {
                errors[field] = $"At most {max} characters.";
            }
        }

        if (Origin is not { Length: 2 } || !Origin.All(char.IsAsciiLetter))
        {
            errors[nameof(Origin)] = "Give the two-letter ISO country code, e.g. IT or KR.";
        }

        IReadOnlyList<FibreShare> fibres = [];
        if (string.IsNullOrWhiteSpace(Composition))
        {
            errors[nameof(Composition)] = "Give the composition, e.g. 80% wool, 20% cashmere.";
        }
        else if (!FibreComposition.TryParse(Composition, out fibres, out var error))
        {
            errors[nameof(Composition)] = $"{error} Write it like 80% wool, 20% cashmere.";
        }

        return (errors, fibres);
    }

    private static void Require(Dictionary<string, string> errors, string field, string? value, int max, string what)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors[field] = $"Give {what}; Italian and Korean fall back to it when empty.";
        }
        else if (value.Length > max)
        {
            errors[field] = $"At most {max} characters.";
        }
    }

}
