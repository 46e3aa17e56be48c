using Microsoft.EntityFrameworkCore;
using Vetrina.Catalog.Domain;
using Vetrina.Data;
using Vetrina.Kernel;
using Vetrina.Catalog.Contracts;

namespace Vetrina.Catalog.Features.Api;

/// <summary>The style fields of a create or update request, checked and resolved (codes to ids) with an error per field.</summary>
internal sealed class StyleFields
{
    public LocalizedText? Name { get; private set; }

    public LocalizedText? Description { get; private set; }

    public LocalizedText? Care { get; private set; }

    public int? CategoryId { get; private set; }

    public int? SeasonId { get; private set; }

    public Gender? Gender { get; private set; }

    public string? Origin { get; private set; }

    public IReadOnlyList<FibreShare>? Fibres { get; private set; }

    public List<string> Given { get; } = [];

    public static async Task<StyleFields> ReadAsync(VetrinaDbContext db, TextDto? name, TextDto? description, TextDto? care, string? category,
        string? season, string? gender, string? origin, string? composition, bool required, Dictionary<string, string[]> errors,
        CancellationToken cancellationToken)
    {
        var fields = new StyleFields
        {
            Name = Text(name, "name", 200, required, errors),
            Description = Text(description, "description", 4000, required, errors),
            Care = Text(care, "care", 1000, required, errors),
        };
        if (category is not null)
        {
            var code = category.Trim().ToLowerInvariant();
            fields.CategoryId = await db.Set<Category>().Where(c => c.Code == code).Select(c => (int?)c.Id).FirstOrDefaultAsync(cancellationToken);
            if (fields.CategoryId is null)
            {
                errors["category"] = [$"Unknown category '{category}'. Categories are codes such as women-knitwear."];
            }
        }
        else if (required)
        {
            errors["category"] = ["Give the category code, e.g. women-knitwear."];
        }

        if (season is not null)
        {
            var code = season.Trim().ToUpperInvariant();
            fields.SeasonId = await db.Set<Season>().Where(s => s.Code == code).Select(s => (int?)s.Id).FirstOrDefaultAsync(cancellationToken);
            if (fields.SeasonId is null)
            {
                errors["season"] = [$"Unknown season '{season}', e.g. FW26, SS26 or CO (carry-over)."];
            }
        }
        else if (required)
        {
            errors["season"] = ["Give the season code, e.g. FW26 or CO (carry-over)."];
        }

        if (gender is not null)
        {
            if (EnumNames.TryParse<Gender>(gender, out var parsed))
            {
                fields.Gender = parsed;
            }
            else
            {
                errors["gender"] = ["Use Women, Men or Unisex."];
            }
        }
        else if (required)
        {
            fields.Gender = Contracts.Gender.Unisex;
        }

        if (origin is not null)
        {
            if (origin is { Length: 2 } && origin.All(char.IsAsciiLetter))
            {
                fields.Origin = origin.ToUpperInvariant();
            }
            else
            {
                errors["countryOfOrigin"] = ["Give the two-letter ISO country code, e.g. IT."];
            }
        }
        else if (required)
        {
            errors["countryOfOrigin"] = ["Give the country of origin, e.g. IT."];
        }

        if (composition is not null)
        {
            if (Domain.Composition.TryParse(composition, out var fibres, out var error))
            {
                fields.Fibres = fibres;
            }
            else
            {
                errors["composition"] = [$"{error} Write it like '80% wool, 20% cashmere'."];
            }
        }
        else if (required)
        {
            errors["composition"] = ["Give the fibre composition, e.g. '80% wool, 20% cashmere'."];
        }

        fields.Given.AddRange(new (string Name, object? Value)[]
        {
            ("name", name), ("description", description), ("care", care), ("category", category), ("season", season), ("gender", gender),
            ("countryOfOrigin", origin), ("composition", composition),
        }.Where(f => f.Value is not null).Select(f => f.Name));
        return fields;
    }

    private static LocalizedText? Text(TextDto? text, string field, int max, bool required, Dictionary<string, string[]> errors)
    {
        if (text is null)
        {
            if (required)
            {
                errors[field] = [$"Give the {field}, at least in English: {{\"en\": \"...\"}}."];
            }

            return null;
        }

        if (string.IsNullOrWhiteSpace(text.En))
        {
            errors[$"{field}.en"] = [$"The English {field} is required; Italian and Korean fall back to it."];
            return null;
        }

        foreach (var (language, value) in new[] { ("en", text.En), ("it", text.It), ("ko", text.Ko) })
        {
            if (value?.Length > max)
            {
                errors[$"{field}.{language}"] = [$"At most {max} characters."];
            }
        }

        return text.ToText();
    }
}
