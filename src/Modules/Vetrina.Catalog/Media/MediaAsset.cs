namespace Vetrina.Catalog.Media;

/// <summary>
/// An uploaded image, re-encoded by us and kept in the database so every node serves it. Its address carries its id
/// and never changes, so browsers and CDNs may keep it forever.
/// </summary>
internal sealed class MediaAsset
{
    private MediaAsset()
    {
        ContentType = null!;
        Content = null!;
        OriginalName = null!;
    }

    internal MediaAsset(Guid id, string contentType, byte[] content, int width, int height, string originalName, DateTimeOffset createdAt)
    {
        Id = id;
        ContentType = contentType;
        Content = content;
        Width = width;
        Height = height;
        OriginalName = originalName.Length <= 200 ? originalName : originalName[..200];
        CreatedAt = createdAt;
    }

    public Guid Id { get; private set; }

    public string ContentType { get; private set; }

    public byte[] Content { get; private set; }

    public int Width { get; private set; }

    public int Height { get; private set; }

    public string OriginalName { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public string Url => $"/media/uploads/{Id:N}.webp";
}
