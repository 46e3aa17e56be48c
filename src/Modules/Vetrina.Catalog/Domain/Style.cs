using Vetrina.Catalog.Contracts;
using Vetrina.Kernel;

namespace Vetrina.Catalog.Domain;

/// <summary>
/// A style (the design, e.g. "Brera merino crew-neck") with its colourways, each with a size run of SKUs.
/// The aggregate root guards the composition, the lifecycle, the prices and the slugs.
/// </summary>
internal sealed class Style
{
    private readonly List<Colourway> colourways = [];
    private readonly List<FibreShare> composition = [];
    private readonly List<StylePrice> prices = [];
    private readonly List<StyleHandle> handles = [];

    private Style()
    {
        Code = null!;
        Name = null!;
        Description = null!;
        Care = null!;
        CountryOfOrigin = null!;
    }

    public Style(string code, LocalizedText name, LocalizedText description, LocalizedText care, int categoryId, int seasonId,
        Gender gender, string countryOfOrigin, IEnumerable<FibreShare> fibres, DateTimeOffset createdAt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        Code = code.Trim().ToUpperInvariant();
        Name = name;
        Description = description;
        Care = care;
        CategoryId = categoryId;
        SeasonId = seasonId;
        Gender = CheckGender(gender);
        CountryOfOrigin = CheckCountry(countryOfOrigin);
        Lifecycle = Lifecycle.Draft;
        CreatedAt = createdAt;
        SetComposition(fibres);
        foreach (var language in Languages.All)
        {
            handles.Add(new StyleHandle(language, Slug.From(name.Get(language)), isCurrent: true));
        }
    }

    public int Id { get; private set; }

    public string Code { get; private set; }

    public LocalizedText Name { get; private set; }

    public LocalizedText Description { get; private set; }

    public LocalizedText Care { get; private set; }

    public int CategoryId { get; private set; }

    public int SeasonId { get; private set; }

    public Gender Gender { get; private set; }

    public Lifecycle Lifecycle { get; private set; }

    /// <summary>ISO 3166-1 alpha-2, as the EU origin labelling asks.</summary>
    public string CountryOfOrigin { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>A coming-soon style the shop already sells ahead of delivery, up to the units stock allows beyond the shelf.</summary>
    public bool TakesPreorders { get; private set; }

    /// <summary>When the style last entered a markdown; the Omnibus 30-day window ends here.</summary>
    public DateTimeOffset? MarkdownSince { get; private set; }

    /// <summary>Bumped by every change; an optimistic-concurrency token for editors and an ETag for the API.</summary>
    public int Revision { get; private set; }

    public IReadOnlyList<Colourway> Colourways => colourways;

    public IReadOnlyList<FibreShare> Composition => composition;

    public IReadOnlyList<StylePrice> Prices => prices;

    public IReadOnlyList<StyleHandle> Handles => handles;

    public string HandleFor(string language) =>
        handles.First(h => h.Language == language && h.IsCurrent).Value;

    public void Rename(LocalizedText name)
    {
        Name = name;
        foreach (var language in Languages.All)
        {
            ChangeHandle(language, Slug.From(name.Get(language)));
        }

        Touch();
    }

    /// <summary>Keeps the old slug, no longer current, so that it answers with a 301 to the new one.</summary>
    public void ChangeHandle(string language, string slug)
    {
        if (!Slug.IsValid(slug))
        {
            throw new DomainException($"'{slug}' is not a valid slug.");
        }

        var current = handles.FirstOrDefault(h => h.Language == language && h.IsCurrent);
        if (current?.Value == slug)
        {
            return;
        }

        current?.Retire();
        var existing = handles.FirstOrDefault(h => h.Language == language && h.Value == slug);
        if (existing is not null)
        {
            existing.Reinstate();
        }
        else
        {
            handles.Add(new StyleHandle(language, slug, isCurrent: true));
        }

        Touch();
    }

    public void Describe(LocalizedText description, LocalizedText care)
    {
        Description = description;
        Care = care;
        Touch();
    }

    public void SetComposition(IEnumerable<FibreShare> fibres)
    {
        var list = fibres.ToList();
        var errors = Domain.Composition.Validate(list);
        if (errors.Count > 0)
        {
            throw new DomainException(string.Join(' ', errors));
        }

        composition.Clear();
        // Own copies: callers may pass the same shares to many styles, and each style owns its label lines.
        composition.AddRange(Domain.Composition.Normalize(list).Select(f => new FibreShare(f.Fibre, f.Percent)));
        Touch();
    }

    public void Classify(int categoryId, int seasonId, Gender gender, string countryOfOrigin)
    {
        CategoryId = categoryId;
        SeasonId = seasonId;
        Gender = CheckGender(gender);
        CountryOfOrigin = CheckCountry(countryOfOrigin);
        Touch();
    }

    public Colourway AddColourway(string code, LocalizedText name, ColourFamily family, string hex)
    {
        if (colourways.Any(c => string.Equals(c.Code, code, StringComparison.OrdinalIgnoreCase)))
        {
            throw new DomainException($"Style {Code} already has colourway {code}.");
        }

        var colourway = new Colourway(code, name, family, hex, colourways.Count);
        colourways.Add(colourway);
        Touch();
        return colourway;
    }

    public Sku AddSku(Colourway colourway, SizeChart chart, string size, string gtin)
    {
        if (!colourways.Contains(colourway))
        {
            throw new DomainException("The colourway belongs to another style.");
        }

        if (!chart.Contains(size))
        {
            throw new DomainException($"Size '{size}' is not in the {chart.Type} chart ({string.Join(", ", chart.BaseSizes)}).");
        }

        var sku = colourway.AddSku($"{Code}-{colourway.Code}-{size}".ToUpperInvariant(), size, chart.PositionOf(size), gtin);
        Touch();
        return sku;
    }

    public Sku ChangeGtin(string skuCode, string gtin)
    {
        var sku = colourways.SelectMany(c => c.Skus).FirstOrDefault(s => string.Equals(s.Code, skuCode, StringComparison.OrdinalIgnoreCase))
            ?? throw new DomainException($"Style {Code} has no SKU {skuCode}.");
        sku.ChangeGtin(gtin);
        Touch();
        return sku;
    }

    public void RenameColourway(string colourCode, LocalizedText name)
    {
        FindColourway(colourCode).Rename(name);
        Touch();
    }

    public ColourwayImage AddImage(string colourCode, string url, LocalizedText alt, int width, int height)
    {
        var image = FindColourway(colourCode).AddImage(url, alt, width, height);
        Touch();
        return image;
    }

    public void DescribeImage(string colourCode, int position, LocalizedText alt)
    {
        FindColourway(colourCode).DescribeImage(position, alt);
        Touch();
    }

    public Colourway FindColourway(string colourCode) =>
        colourways.FirstOrDefault(c => string.Equals(c.Code, colourCode, StringComparison.OrdinalIgnoreCase))
        ?? throw new DomainException($"Style {Code} has no colourway {colourCode}.");

    public void SetPrice(string market, Money fullPrice, Money? markdownPrice, DateTimeOffset now)
    {
        if (fullPrice.Minor <= 0)
        {
            throw new DomainException("A full price is above zero.");
        }

        if (markdownPrice is { } markdown && (markdown.Currency != fullPrice.Currency || markdown.Minor <= 0 || markdown >= fullPrice))
        {
            throw new DomainException("A markdown price is above zero, below the full price and in the same currency.");
        }

        var before = SellingPrice(market);
        var price = prices.FirstOrDefault(p => p.Market == market);
        if (price is null)
        {
            prices.Add(new StylePrice(market, fullPrice, markdownPrice));
        }
        else
        {
            price.Change(fullPrice, markdownPrice);
        }

        RecordPriceChange(market, before, now);
        Touch();
    }

    public void MoveTo(Lifecycle stage, DateTimeOffset now)
    {
        if (!Enum.IsDefined(stage) || !LifecycleRules.CanMove(Lifecycle, stage))
        {
            throw new DomainException($"A style cannot move from {Lifecycle} to {stage}.");
        }

        if (LifecycleRules.SellsAtMarkdown(stage) && prices.Any(p => p.MarkdownPrice is null))
        {
            throw new DomainException("Set a markdown price in every market before marking the style down.");
        }

        var before = prices.ToDictionary(p => p.Market, p => SellingPrice(p.Market));
        if (LifecycleRules.SellsAtMarkdown(stage) && !LifecycleRules.SellsAtMarkdown(Lifecycle))
        {
            MarkdownSince = now;
        }
        else if (!LifecycleRules.SellsAtMarkdown(stage))
        {
            MarkdownSince = null;
        }

        Lifecycle = stage;
        TakesPreorders &= stage == Lifecycle.ComingSoon;
        foreach (var (market, price) in before)
        {
            RecordPriceChange(market, price, now);
        }

        Touch();
    }

    /// <summary>Opens or closes pre-orders of a coming-soon style; it sells when it moves on anyway.</summary>
    public void TakePreorders(bool open)
    {
        if (open && Lifecycle != Lifecycle.ComingSoon)
        {
            throw new DomainException($"Only a coming-soon style takes pre-orders; this one is {Lifecycle}.");
        }

        if (TakesPreorders != open)
        {
            TakesPreorders = open;
            Touch();
        }
    }

    /// <summary>The price a shopper pays in a market now: the markdown price while the lifecycle says so.</summary>
    public Money? SellingPrice(string market) =>
        prices.FirstOrDefault(p => p.Market == market)?.SellingPrice(Lifecycle);

    private void RecordPriceChange(string market, Money? before, DateTimeOffset now)
    {
        var after = SellingPrice(market);
        if (after is not { } price || before == after)
        {
            return;
        }

        foreach (var sku in colourways.SelectMany(c => c.Skus))
        {
            sku.RecordPrice(market, price, now);
        }
    }

    private void Touch() => Revision++;

    private static Gender CheckGender(Gender gender) =>
        Enum.IsDefined(gender) ? gender : throw new DomainException($"'{gender}' is not a gender: Women, Men or Unisex.");

    private static string CheckCountry(string country) =>
        country is { Length: 2 } && country.All(char.IsAsciiLetter)
            ? country.ToUpperInvariant()
            : throw new DomainException($"'{country}' is not an ISO 3166 two-letter country code.");
}
