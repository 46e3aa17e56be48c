using Vetrina.Kernel;

namespace Vetrina.Content.Contracts;

/// <summary>The shop's standing pages (terms, returns and withdrawal, shipping, privacy, company), as the shop shows them.</summary>
public interface IShopPages
{
    /// <summary>Every page's handle and title, in footer order.</summary>
    Task<IReadOnlyList<ShopPageLink>> LinksAsync(CancellationToken cancellationToken);

    Task<ShopPageView?> FindAsync(string handle, CancellationToken cancellationToken);

    /// <summary>The page's body in a language, as HTML from its Markdown (raw HTML in it is shown as text, never run).</summary>
    string Html(ShopPageView page, string language);

    /// <summary>
    /// The help centre's questions in a language, by topic: the <see cref="ShopPageHandles.Help"/> page's "## Topic" and
    /// "### Question" headings with the answer under each; with <paramref name="query"/>, only the questions whose
    /// question or answer holds every word of it (case and accents aside), and the topics left with any.
    /// </summary>
    Task<IReadOnlyList<HelpTopic>> HelpAsync(string language, string? query, CancellationToken cancellationToken);
}

public sealed record HelpTopic(string Title, string Anchor, IReadOnlyList<HelpQuestion> Questions);

/// <param name="AnswerHtml">The answer as HTML from its Markdown (raw HTML shown as text).</param>
public sealed record HelpQuestion(string Question, string Anchor, string AnswerHtml);

public sealed record ShopPageLink(string Handle, LocalizedText Title);

public sealed record ShopPageView(string Handle, LocalizedText Title, LocalizedText Body, int Version, DateTimeOffset UpdatedAt);

/// <summary>The handles other modules link to.</summary>
public static class ShopPageHandles
{
    public const string Terms = "terms";
    public const string Returns = "returns";
    public const string Shipping = "shipping";
    public const string Privacy = "privacy";
    public const string Company = "company";
    public const string Help = "help";
    public const string Cookies = "cookies";
}
