using System.Globalization;
using System.Text;

namespace Vetrina.Helpdesk.Search;

/// <summary>
/// The words a ticket is found by, the same for what is indexed and what is searched: lower case, accents folded
/// ("perché" finds "perche"), whole words for Latin scripts; Hangul, written without spaces inside a phrase and with
/// particles glued to nouns ("환불을", "환불은"), is indexed as overlapping pairs of syllables, as Lucene's CJK bigrams
/// do, so "환불" finds both.
/// </summary>
internal static class SearchTerms
{
    public const int MaxLength = 32;

    /// <summary>Beyond this a message adds no more words (a pasted log or newsletter would swell the index).</summary>
    public const int MaxTermsPerText = 400;

    public static IReadOnlySet<string> Of(string? text)
    {
        var terms = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in Words(text))
        {
            if (terms.Count >= MaxTermsPerText)
            {
                break;
            }

            if (IsHangul(word[0]))
            {
                if (word.Length == 1)
                {
                    terms.Add(word);
                }

                for (var i = 0; i + 1 < word.Length; i++)
                {
                    terms.Add(word.Substring(i, 2));
                }
            }
            else
            {
                terms.Add(word.Length > MaxLength ? word[..MaxLength] : word);
            }
        }

        return terms;
    }

    /// <summary>Runs of letters or digits, folded; a run changes when the script changes between Hangul and the rest ("VT-100042의" gives "vt", "100042", "의").</summary>
    private static IEnumerable<string> Words(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            yield break;
        }

        var folded = Fold(text);
        var word = new StringBuilder();
        var hangul = false;
        foreach (var c in folded)
        {
            if (!char.IsLetterOrDigit(c))
            {
                if (word.Length > 0)
                {
                    yield return word.ToString();
                    word.Clear();
                }

                continue;
            }

            if (word.Length > 0 && IsHangul(c) != hangul)
            {
                yield return word.ToString();
                word.Clear();
            }

            hangul = IsHangul(c);
            word.Append(c);
        }

        if (word.Length > 0)
        {
            yield return word.ToString();
        }
    }

    /// <summary>Lower case without accents; Hangul syllables are recomposed after the accents go.</summary>
    private static string Fold(string text)
    {
        var decomposed = text.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var kept = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                kept.Append(c);
            }
        }

        return kept.ToString().Normalize(NormalizationForm.FormC);
    }

    private static bool IsHangul(char c) => c is >= '\uAC00' and <= '\uD7A3';
}
