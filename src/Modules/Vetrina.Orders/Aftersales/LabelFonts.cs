using System.Collections.Concurrent;
using PdfSharp.Fonts;

namespace Vetrina.Orders.Aftersales;

/// <summary>
/// The fonts return labels are set in, read from the system's font folders (PDFsharp embeds what it uses): DejaVu Sans
/// for Latin scripts and Nanum Gothic for Hangul, from Debian's fonts-dejavu-core and fonts-nanum.
/// </summary>
internal sealed class LabelFonts : IFontResolver
{
    public const string Latin = "DejaVu Sans";
    public const string Hangul = "Nanum Gothic";

    private static readonly Dictionary<string, string> Files = new(StringComparer.OrdinalIgnoreCase)
    {
        [Latin] = "DejaVuSans.ttf",
        [Latin + " Bold"] = "DejaVuSans-Bold.ttf",
        [Hangul] = "NanumGothic.ttf",
        [Hangul + " Bold"] = "NanumGothicBold.ttf",
    };

    private static readonly string[] Folders =
    [
        "/usr/share/fonts", "/usr/local/share/fonts", Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".fonts"),
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.Windows), "Fonts"),
    ];

    private static readonly Lazy<bool> Installed = new(() =>
    {
        GlobalFontSettings.FontResolver = new LabelFonts();
        return true;
    });

    private readonly ConcurrentDictionary<string, byte[]> loaded = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Makes these fonts PDFsharp's (once per process).</summary>
    public static void Install() => _ = Installed.Value;

    /// <summary>The family to set a text in: Nanum Gothic when it has Hangul, else DejaVu Sans.</summary>
    public static string For(string text) => text.Any(c => c is >= '\uAC00' and <= '\uD7A3' or >= '\u1100' and <= '\u11FF' or >= '\u3130' and <= '\u318F') ? Hangul : Latin;

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic)
    {
        var family = familyName.Equals(Hangul, StringComparison.OrdinalIgnoreCase) ? Hangul : Latin;
        return new FontResolverInfo(bold ? family + " Bold" : family);
    }

    public byte[]? GetFont(string faceName) => loaded.GetOrAdd(faceName, face =>
    {
        var file = Files[face];
        foreach (var folder in Folders.Where(Directory.Exists))
        {
            if (Directory.EnumerateFiles(folder, file, SearchOption.AllDirectories).FirstOrDefault() is { } path)
            {
                return File.ReadAllBytes(path);
            }
        }

        throw new InvalidOperationException(
            $"Return labels need the font file {file}, found in none of the system's font folders. On Debian: apt-get install fonts-dejavu-core fonts-nanum.");
    });
}
