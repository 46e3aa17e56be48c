namespace Vetrina.Catalog.Media;

/// <summary>Configuration section <c>Vetrina:Media</c>.</summary>
internal sealed class MediaOptions
{
    /// <summary>
    /// Where a node keeps the resized pictures it has made (and the demo's photographs). A cache: each copy is made from
    /// the stored original the same way on every node, so a node with an empty folder makes what it is asked for again.
    /// </summary>
    public string CacheDirectory { get; set; } = Path.Combine(Path.GetTempPath(), "vetrina-media");
}
