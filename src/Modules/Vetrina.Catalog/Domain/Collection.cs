using Vetrina.Kernel;
using Vetrina.Catalog.Contracts;

namespace Vetrina.Catalog.Domain;

/// <summary>
/// A storefront collection. Smart collections gather styles by rule (category subtree, season, gender, markdown,
/// new in); manual ones list their styles. Both may be combined: rule matches plus hand-picked styles.
/// </summary>
internal sealed class Collection
{
    private readonly List<CollectionItem> items = [];

    private Collection()
    {
        Title = null!;
        Handle = null!;
        Description = null!;
    }

    public Collection(LocalizedText title, LocalizedText description, CollectionRule rule, int position)
    {
        Title = title;
        Description = description;
        Rule = rule;
        Position = position;
        Handle = new LocalizedText(Slug.From(title.En), Slug.From(title.Get(Languages.Italian)), Slug.From(title.Get(Languages.Korean)));
    }

    public int Id { get; private set; }

    public LocalizedText Title { get; private set; }

    /// <summary>The slug per language.</summary>
    public LocalizedText Handle { get; private set; }

    public LocalizedText Description { get; private set; }

    public CollectionRule Rule { get; private set; } = new();

    public int Position { get; private set; }

    public bool IsFeatured { get; private set; }

    public IReadOnlyList<CollectionItem> Items => items;

    public void Feature() => IsFeatured = true;

    public void Include(int styleId)
    {
        if (items.All(i => i.StyleId != styleId))
        {
            items.Add(new CollectionItem(styleId, items.Count));
        }
    }
}

internal sealed class CollectionItem
{
    private CollectionItem()
    {
    }

    internal CollectionItem(int styleId, int position)
    {
        StyleId = styleId;
        Position = position;
    }

    public int CollectionId { get; private set; }

    public int StyleId { get; private set; }

    public int Position { get; private set; }
}
