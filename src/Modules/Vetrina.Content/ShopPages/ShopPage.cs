using Vetrina.Kernel;

namespace Vetrina.Content.ShopPages;

/// <summary>
/// One of the shop's standing pages (terms of sale, returns and withdrawal, shipping, privacy, company information),
/// in Markdown per language. Every save is a new version, and the versions before it are kept with their dates: what
/// a shopper accepted at checkout on a given day can always be read again.
/// </summary>
internal sealed class ShopPage
{
    private readonly List<ShopPageVersion> versions = [];

    private ShopPage()
    {
        Handle = null!;
        Title = null!;
        Body = null!;
        UpdatedBy = null!;
    }

    public ShopPage(string handle, int position, LocalizedText title, LocalizedText body, string by, DateTimeOffset at)
    {
        Handle = handle;
        Position = position;
        Title = title;
        Body = body;
        Version = 1;
        UpdatedBy = by;
        UpdatedAt = at;
        versions.Add(new ShopPageVersion(1, title, body, by, at));
    }

    public int Id { get; private set; }

    /// <summary>The page's address in every language (<c>/{lang}/pages/{handle}</c>): the public contract names them.</summary>
    public string Handle { get; private set; }

    /// <summary>Order in the footer.</summary>
    public int Position { get; private set; }

    public LocalizedText Title { get; private set; }

    public LocalizedText Body { get; private set; }

    public int Version { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public string UpdatedBy { get; private set; }

    public IReadOnlyList<ShopPageVersion> Versions => versions;

    /// <summary>A new version when anything changed; returns whether one was made.</summary>
    public bool Revise(LocalizedText title, LocalizedText body, string by, DateTimeOffset at)
    {
        if (title == Title && body == Body)
        {
            return false;
        }

        (Title, Body, Version, UpdatedBy, UpdatedAt) = (title, body, Version + 1, by, at);
        versions.Add(new ShopPageVersion(Version, title, body, by, at));
        return true;
    }
}

internal sealed class ShopPageVersion
{
    private ShopPageVersion()
    {
        Title = null!;
        Body = null!;
        SavedBy = null!;
    }

    public ShopPageVersion(int version, LocalizedText title, LocalizedText body, string by, DateTimeOffset at)
    {
        Version = version;
        Title = title;
        Body = body;
        SavedBy = by;
        SavedAt = at;
    }

    public int Id { get; private set; }

    public int ShopPageId { get; private set; }

    public int Version { get; private set; }

    public LocalizedText Title { get; private set; }

    public LocalizedText Body { get; private set; }

    public string SavedBy { get; private set; }

    public DateTimeOffset SavedAt { get; private set; }
}
