using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Vetrina.Kernel;
using static Vetrina.Catalog.Transfer.CatalogCsvColumns;

namespace Vetrina.Catalog.Transfer;

/// <summary>
/// Turns the rows of one handle into a <see cref="StyleSpec"/>, checking every cell and reporting each problem with its
/// line and column. Rows follow Shopify's layout: product fields on the handle's first row, one row per variant, image rows.
/// </summary>
internal sealed partial class StyleSpecParser(ImportContext context, List<ImportError> errors)
{
    private readonly Dictionary<string, int> gtinLines = [];
    private readonly Dictionary<string, int> skuLines = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Every SKU with a valid GTIN in the file, even in products with errors: each is checked against the catalogue.</summary>
    public List<(string Code, string Gtin, int Line)> Skus { get; } = [];

    public StyleSpec? Parse(IReadOnlyList<CsvRow> rows)
    {
        var errorsBefore = errors.Count;
        var first = rows[0];
        var product = rows.FirstOrDefault(r => r[Title] is not null) ?? first;
        var code = StyleCodeFor(rows);
        if (code is null)
        {
            return null;
        }

        var exists = context.Existing.TryGetValue(code, out var existing);
        var spec = new StyleSpec(product.Line, code);
        ReadTexts(spec, product, exists);
        ReadClassification(spec, product, exists);
        var categoryId = spec.CategoryId ?? (exists ? existing.CategoryId : (int?)null);
        ReadLifecycle(spec, product);
        ReadMarketPrices(spec, product);
        ReadVariants(spec, rows, product, categoryId);
        if (spec.Lifecycle is null && !exists)
        {
            spec.Lifecycle = spec.Prices.Values.Any(p => p.Markdown is not null) && StatusOf(product) == "active" ? Contracts.Lifecycle.Markdown
                : StatusOf(product) switch { "active" => Contracts.Lifecycle.FullPrice, "archived" => Contracts.Lifecycle.Archived, _ => Contracts.Lifecycle.Draft };
        }

        return errors.Count == errorsBefore ? spec : null;
    }

    private string? StyleCodeFor(IReadOnlyList<CsvRow> rows)
    {
        var handle = rows[0][Handle]!;
        var given = rows.Select(r => r[StyleCode]).FirstOrDefault(c => c is not null);
        var code = given?.ToUpperInvariant()
            ?? (context.CodeByHandle.TryGetValue(handle.ToLowerInvariant(), out var known) ? known : CodeFromHandle(handle));
        if (code.Length is 0 or > 40 || !code.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
        {
            errors.Add(new(rows[0].Line, given is null ? Handle : StyleCode,
                $"'{code}' cannot be a style code: up to 40 letters, digits and dashes. Give one in a '{StyleCode}' column."));
            return null;
        }

        return code;
    }

    private void ReadTexts(StyleSpec spec, CsvRow product, bool exists)
    {
        if (product[Title] is { } title)
        {
            spec.Name = new LocalizedText(Limit(product, Title, title, 200), Optional(product, TitleIt, 200), Optional(product, TitleKo, 200));
        }
        else if (!exists)
        {
            errors.Add(new(product.Line, Title, "A new product needs a Title on its first line."));
        }

        if (PlainText(product[Body]) is { Length: > 0 } body)
        {
            spec.Description = new LocalizedText(Limit(product, Body, body, 4000), PlainText(product[BodyIt]), PlainText(product[BodyKo]));
        }
        else if (!exists || product[BodyIt] is not null || product[BodyKo] is not null)
        {
            errors.Add(new(product.Line, Body, "Give the product's English description in Body (HTML); Italian and Korean fall back to it."));
        }

        if (product[Care] is { } care)
        {
            spec.Care = new LocalizedText(Limit(product, Care, care, 1000), Optional(product, CareIt, 1000), Optional(product, CareKo, 1000));
        }
    }

    private void ReadClassification(StyleSpec spec, CsvRow product, bool exists)
    {
        var categoryColumn = product.Has(Category) ? Category : ProductType;
        if (product[categoryColumn] is { } categoryText)
        {
            var category = context.FindCategory(categoryText);
            if (category is null)
            {
                errors.Add(new(product.Line, categoryColumn, $"Unknown category '{categoryText}'. Use a category code such as "
                    + string.Join(", ", context.Categories.Where(c => c.Level >= Contracts.CategoryLevel.Category).Take(8).Select(c => c.Code)) + "."));
            }

            spec.CategoryId = category?.Id;
        }
        else if (!exists)
        {
            errors.Add(new(product.Line, Category, "A new product needs a category (the Category column, or Shopify's Type)."));
        }

        if (product[Season] is { } seasonText)
        {
            var season = context.Seasons.FirstOrDefault(s => string.Equals(s.Code, seasonText, StringComparison.OrdinalIgnoreCase));
            if (season is null)
            {
                errors.Add(new(product.Line, Season, $"Unknown season '{seasonText}'. Seasons: {string.Join(", ", context.Seasons.Select(s => s.Code))}."));
            }

            spec.SeasonId = season?.Id;
        }
        else if (!exists)
        {
            spec.SeasonId = context.Seasons.FirstOrDefault(s => s.Code == Domain.Season.CarryOverCode)?.Id ?? context.Seasons[0].Id;
        }

        if (product[Gender] is { } genderText)
        {
            if (EnumNames.TryParse<Contracts.Gender>(genderText, out var gender))
            {
                spec.Gender = gender;
            }
            else
            {
                errors.Add(new(product.Line, Gender, $"Gender is Women, Men or Unisex, not '{genderText}'."));
            }
        }
        else if (!exists)
        {
            spec.Gender = Contracts.Gender.Unisex;
        }

        if (product[Origin] is { } origin)
        {
            if (origin.Length == 2 && origin.All(char.IsAsciiLetter))
            {
                spec.Origin = origin.ToUpperInvariant();
            }
            else
            {
                errors.Add(new(product.Line, Origin, $"'{origin}' is not a two-letter ISO country code such as IT or KR."));
            }
        }
        else if (!exists)
        {
            errors.Add(new(product.Line, Origin, "A new product needs its country of origin (EU labelling), e.g. IT."));
        }

        if (product[Composition] is { } compositionText)
        {
            if (Domain.Composition.TryParse(compositionText, out var fibres, out var error))
            {
                spec.Fibres = fibres;
            }
            else
            {
                errors.Add(new(product.Line, Composition, $"{error} Write it like '80% wool, 20% cashmere'."));
            }
        }
        else if (!exists)
        {
            errors.Add(new(product.Line, Composition, "A new product needs its fibre composition, e.g. '80% wool, 20% cashmere'."));
        }
    }

    private void ReadLifecycle(StyleSpec spec, CsvRow product)
    {
        if (product[Lifecycle] is { } stageText)
        {
            if (EnumNames.TryParse<Contracts.Lifecycle>(stageText.Replace(" ", "", StringComparison.Ordinal), out var stage))
            {
                spec.Lifecycle = stage;
            }
            else
            {
                errors.Add(new(product.Line, Lifecycle, $"Unknown lifecycle '{stageText}'. Use one of {string.Join(", ", Enum.GetNames<Contracts.Lifecycle>())}."));
            }
        }

        if (StatusOf(product) is { } status && status is not ("active" or "draft" or "archived"))
        {
            errors.Add(new(product.Line, Status, $"Status is active, draft or archived, not '{product[Status]}'."));
        }
    }

    private void ReadMarketPrices(StyleSpec spec, CsvRow product)
    {
        foreach (var (market, currency) in context.Markets)
        {
            if (product[Price(market)] is not { } fullText)
            {
                continue;
            }

            var full = ParseMoney(product, Price(market), fullText, currency);
            var markdown = product[MarkdownPrice(market)] is { } markdownText ? ParseMoney(product, MarkdownPrice(market), markdownText, currency) : null;
            if (full is { } f)
            {
                spec.Prices[market] = new MarketPrice(f, markdown);
            }
        }
    }

    private void ReadVariants(StyleSpec spec, IReadOnlyList<CsvRow> rows, CsvRow product, int? categoryId)
    {
        var colourOption = OptionColumn(product, ColourOptionNames);
        var sizeOption = OptionColumn(product, SizeOptionNames);
        var chart = categoryId is { } id ? context.ChartFor(id) : null;
        var variantPrices = new List<(CsvRow Row, Money Price, Money? CompareAt)>();
        var sizesSeen = new Dictionary<(string Colour, string Size), int>();
        foreach (var row in rows)
        {
            var isVariant = row[VariantBarcode] is not null || row[VariantSku] is not null || (sizeOption is not null && row[sizeOption] is not null);
            if (!isVariant && row[ImageSrc] is null)
            {
                continue;
            }

            var colour = ColourFor(spec, row, colourOption);
            if (colour is null)
            {
                continue;
            }

            if (row[ImageSrc] is { } url)
            {
                AddImage(spec, colour, row, url);
            }

            if (!isVariant)
            {
                continue;
            }

            if (row[VariantPrice] is { } priceText && context.Markets.TryGetValue(context.PrimaryMarket, out var currency))
            {
                var price = ParseMoney(row, VariantPrice, priceText, currency);
                var compareAt = row[VariantCompareAtPrice] is { } compareText ? ParseMoney(row, VariantCompareAtPrice, compareText, currency) : null;
                if (price is { } p)
                {
                    variantPrices.Add((row, p, compareAt));
                }
            }

            var size = sizeOption is not null ? row[sizeOption] : chart?.BaseSizes.Count == 1 ? chart.BaseSizes[0] : null;
            if (size is null)
            {
                errors.Add(new(row.Line, sizeOption ?? Option2Name, "Give the size; name the option Size (Option1 Name or Option2 Name on the product's first line)."));
                continue;
            }

            if (chart is not null && !chart.Contains(size))
            {
                errors.Add(new(row.Line, sizeOption, $"Unknown size '{size}' for this category; its sizes are {string.Join(", ", chart.BaseSizes)}."));
                continue;
            }

            if (sizesSeen.TryGetValue((colour.Code, size.ToUpperInvariant()), out var firstLine))
            {
                errors.Add(new(row.Line, sizeOption, $"Duplicate SKU: colour {colour.Code} in size {size} is already on line {firstLine}."));
                continue;
            }

            sizesSeen[(colour.Code, size.ToUpperInvariant())] = row.Line;
            var skuCode = $"{spec.Code}-{colour.Code}-{size}".ToUpperInvariant();
            if (skuLines.TryGetValue(skuCode, out var skuLine))
            {
                errors.Add(new(row.Line, VariantSku, $"Duplicate SKU {skuCode}: already on line {skuLine}."));
            }

            skuLines[skuCode] = row.Line;
            if (row[VariantSku] is { } givenSku && skuLines.TryGetValue("given:" + givenSku, out var givenLine))
            {
                errors.Add(new(row.Line, VariantSku, $"Duplicate Variant SKU {givenSku}: already on line {givenLine}."));
            }
            else if (row[VariantSku] is { } sku)
            {
                skuLines["given:" + sku] = row.Line;
            }

            var gtin = row[VariantBarcode];
            if (gtin is null || !Gtin.IsValid(gtin))
            {
                errors.Add(new(row.Line, VariantBarcode, gtin is null
                    ? "Give the variant's GTIN (the EAN-13 barcode on its label)."
                    : $"'{gtin}' is not a valid GTIN: 8, 12, 13 or 14 digits with a correct check digit."));
                continue;
            }

            if (gtinLines.TryGetValue(gtin, out var gtinLine))
            {
                errors.Add(new(row.Line, VariantBarcode, $"Duplicate GTIN {gtin}: already on line {gtinLine}."));
                continue;
            }

            gtinLines[gtin] = row.Line;
            Skus.Add((skuCode, gtin, row.Line));
            colour.Skus.Add(new SkuSpec(size, gtin));
        }

        ApplyVariantPrices(spec, variantPrices);
    }

    /// <summary>Shopify prices variants; Vetrina prices a style per market, so every variant must agree.</summary>
    private void ApplyVariantPrices(StyleSpec spec, List<(CsvRow Row, Money Price, Money? CompareAt)> prices)
    {
        if (prices.Count == 0 || spec.Prices.ContainsKey(context.PrimaryMarket))
        {
            return;
        }

        var (firstRow, price, compareAt) = prices[0];
        var different = prices.FirstOrDefault(p => p.Price != price || p.CompareAt != compareAt);
        if (different.Row is not null)
        {
            errors.Add(new(different.Row.Line, VariantPrice,
                $"This variant's price differs from line {firstRow.Line}. Vetrina prices a style per market: give all its variants one price."));
            return;
        }

        spec.Prices[context.PrimaryMarket] = compareAt is { } original && original > price
            ? new MarketPrice(original, price)
            : new MarketPrice(price, null);
    }

    private ColourSpec? ColourFor(StyleSpec spec, CsvRow row, string? colourOption)
    {
        var name = colourOption is not null ? row[colourOption] : null;
        var code = row[ColourCode]?.ToUpperInvariant() ?? (name is not null ? ColourCodeFrom(name) : null);
        if (code is null)
        {
            if (spec.Colours.Count > 0 && row[ImageSrc] is not null)
            {
                return spec.Colours[0];
            }

            errors.Add(new(row.Line, ColourCode, "Give the colour: an option named Color with a value, or a Colour Code."));
            return null;
        }

        if (spec.Colours.FirstOrDefault(c => c.Code == code) is { } known)
        {
            return known;
        }

        if (code.Length is < 2 or > 12 || !code.All(char.IsAsciiLetterOrDigit))
        {
            errors.Add(new(row.Line, ColourCode, $"'{code}' cannot be a colour code: 2 to 12 letters or digits. Give one in a '{ColourCode}' column."));
            return null;
        }

        Contracts.ColourFamily family;
        if (row[ColourFamily] is { } familyText)
        {
            if (!EnumNames.TryParse(familyText, out family))
            {
                errors.Add(new(row.Line, ColourFamily, $"Unknown colour family '{familyText}'. Use one of {string.Join(", ", Enum.GetNames<Contracts.ColourFamily>())}."));
                return null;
            }
        }
        else
        {
            family = GuessFamily(name ?? code);
        }

        var hex = row[ColourHex] ?? DefaultHex(family);
        if (!HexColour().IsMatch(hex))
        {
            errors.Add(new(row.Line, ColourHex, $"'{hex}' is not a colour like #1B2A4A."));
            return null;
        }

        var colour = new ColourSpec(code, new LocalizedText(name ?? code, row[ColourIt], row[ColourKo]), family, hex.ToUpperInvariant());
        spec.Colours.Add(colour);
        return colour;
    }

    private void AddImage(StyleSpec spec, ColourSpec colour, CsvRow row, string url)
    {
        var width = ParseSize(row, ImageWidth) ?? 800;
        var height = ParseSize(row, ImageHeight) ?? 1000;
        // Shopify files often leave alt text empty; a described image beats a rejected file or a silent image.
        var alt = row[ImageAlt] ?? $"{spec.Name?.En ?? spec.Code}, {colour.Name.En}";
        if (colour.Images.All(i => i.Url != url))
        {
            colour.Images.Add(new ImageSpec(url, new LocalizedText(alt, row[ImageAltIt], row[ImageAltKo]), width, height));
        }
    }

    private int? ParseSize(CsvRow row, string column)
    {
        if (row[column] is not { } text)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var pixels) && pixels is > 0 and <= 10_000)
        {
            return pixels;
        }

        errors.Add(new(row.Line, column, $"'{text}' is not a size in pixels (1 to 10000)."));
        return null;
    }

    private Money? ParseMoney(CsvRow row, string column, string text, Currency currency)
    {
        // "129,00" from a semicolon-separated Italian file means 129.00; thousands separators are not accepted.
        var normalized = text.Contains(',', StringComparison.Ordinal) && !text.Contains('.', StringComparison.Ordinal) ? text.Replace(',', '.') : text;
        if (decimal.TryParse(normalized, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var major)
            && major > 0 && major <= 100_000_000 && decimal.Round(major, currency.MinorDigits) == major)
        {
            return Money.FromMajor(major, currency);
        }

        errors.Add(new(row.Line, column, currency.MinorDigits == 0
            ? $"'{text}' is not a {currency.Code} price: a whole number above zero, e.g. 129000."
            : $"'{text}' is not a {currency.Code} price: a number above zero with at most {currency.MinorDigits} decimals, e.g. 129.00."));
        return null;
    }

    private static string? OptionColumn(CsvRow product, string[] names)
    {
        foreach (var (nameColumn, valueColumn) in new[] { (Option1Name, Option1Value), (Option2Name, Option2Value), ("Option3 Name", "Option3 Value") })
        {
            if (product[nameColumn] is { } name && names.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                return valueColumn;
            }
        }

        return null;
    }

    private static string? StatusOf(CsvRow product) => product[Status]?.ToLowerInvariant();

    private string Limit(CsvRow row, string column, string value, int max)
    {
        if (value.Length > max)
        {
            errors.Add(new(row.Line, column, $"At most {max} characters; this has {value.Length}."));
        }

        return value;
    }

    private string? Optional(CsvRow row, string column, int max) => row[column] is { } value ? Limit(row, column, value, max) : null;

    private static string? PlainText(string? html) =>
        html is null ? null : WebUtility.HtmlDecode(Tags().Replace(html.Replace("</p>", "\n\n", StringComparison.OrdinalIgnoreCase), "")).Trim();

    private static string CodeFromHandle(string handle)
    {
        var code = new string([.. handle.ToUpperInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')]).Trim('-');
        return code.Length > 40 ? code[..40].TrimEnd('-') : code;
    }

    private static string? ColourCodeFrom(string name)
    {
        var letters = new string([.. name.ToUpperInvariant().Where(char.IsAsciiLetterOrDigit)]);
        return letters.Length >= 2 ? letters[..Math.Min(12, letters.Length)] : null;
    }

    private static Contracts.ColourFamily GuessFamily(string name) =>
        Enum.GetValues<Contracts.ColourFamily>().FirstOrDefault(f => name.Contains(f.ToString(), StringComparison.OrdinalIgnoreCase), Contracts.ColourFamily.Multi);

    private static string DefaultHex(Contracts.ColourFamily family) => family switch
    {
        Contracts.ColourFamily.Black => "#111111",
        Contracts.ColourFamily.White => "#F7F7F2",
        Contracts.ColourFamily.Grey => "#8C8C8C",
        Contracts.ColourFamily.Navy => "#1B2A4A",
        Contracts.ColourFamily.Blue => "#3A6EA5",
        Contracts.ColourFamily.Green => "#3F6B3A",
        Contracts.ColourFamily.Red => "#A4161A",
        Contracts.ColourFamily.Pink => "#E8A3B5",
        Contracts.ColourFamily.Beige => "#D8C8A8",
        Contracts.ColourFamily.Brown => "#6B4423",
        Contracts.ColourFamily.Yellow => "#E9C46A",
        Contracts.ColourFamily.Orange => "#E76F2E",
        Contracts.ColourFamily.Purple => "#6A4C93",
        _ => "#999999",
    };

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    [GeneratedRegex("^#[0-9A-Fa-f]{6}$")]
    private static partial Regex HexColour();
}
