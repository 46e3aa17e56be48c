using Vetrina.Kernel;

namespace Vetrina.Content.Contracts;

/// <summary>The blogs' names in each language (a blog is named by its handle; the two every shop starts with have words).</summary>
public static class Blogs
{
    /// <summary>The blogs every shop starts with, which the storefront's footer links to.</summary>
    public static readonly IReadOnlyList<string> Standard = ["journal", "lookbook"];

    public static string Title(string blog, string language) => (blog, Languages.Normalize(language)) switch
    {
        ("journal", "it") => "Journal",
        ("journal", "ko") => "저널",
        ("journal", _) => "Journal",
        ("lookbook", "ko") => "룩북",
        ("lookbook", _) => "Lookbook",
        _ => char.ToUpperInvariant(blog[0]) + blog[1..].Replace('-', ' '),
    };
}
