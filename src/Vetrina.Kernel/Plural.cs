using System.Globalization;

namespace Vetrina.Kernel;

/// <summary>
/// A phrase about a count, in the plural forms CLDR gives the storefront languages: English and Italian have "one"
/// (exactly 1) and "other"; Korean has only "other", so a Korean phrase has no <see cref="One"/>.
/// </summary>
/// <param name="One">The phrase for exactly one, with {0} for the count; null in a language without the form.</param>
/// <param name="Other">The phrase for every other count.</param>
public sealed record Plural(string? One, string Other)
{
    /// <summary>A phrase the same for every count (Korean).</summary>
    public Plural(string other)
        : this(null, other)
    {
    }

    public string Format(long count) => string.Format(CultureInfo.InvariantCulture, count == 1 && One is not null ? One : Other, count);
}
