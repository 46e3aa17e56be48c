using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.It;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Vetrina.Catalog.Browsing;
using Vetrina.Catalog.ReadModel;
using Vetrina.Kernel;
using Vetrina.Catalog.Contracts;

namespace Vetrina.Catalog.Search;

/// <summary>
/// Full-text search over the listed catalogue with Lucene.NET: stemmed fields per language (Italian and English
/// stemmers, CJK bigrams for Korean, so 니트 matches 캐시미어니트), plus an unstemmed field for typo tolerance,
/// since fuzzy terms are not analysed. The index is derived from the catalogue snapshot and rebuilt in memory
/// when the snapshot changes, so every node builds the same index from the same data.
/// </summary>
internal sealed class CatalogSearchIndex : IDisposable
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;
    private const string PlainField = "plain";
    private const int MaxHits = 500;

    private static readonly Dictionary<string, Analyzer> LanguageAnalyzers = new()
    {
        [Languages.English] = new EnglishAnalyzer(Version),
        [Languages.Italian] = new ItalianAnalyzer(Version),
        [Languages.Korean] = new CJKAnalyzer(Version),
    };

    private static readonly Analyzer Plain = new StandardAnalyzer(Version, CharArraySet.Empty);

    private static readonly Analyzer Indexing = new PerFieldAnalyzerWrapper(Plain, LanguageAnalyzers
        .SelectMany(l => new[] { (Field: Text(l.Key), l.Value), (Field: Name(l.Key), l.Value) })
        .ToDictionary(x => x.Field, x => x.Value));

    private readonly System.Threading.Lock gate = new();
    private volatile Built? current;

    public IReadOnlyList<int> Search(CatalogSnapshot snapshot, string language, string text)
    {
        var built = EnsureBuilt(snapshot);
        var query = BuildQuery(built.Reader, Languages.Normalize(language), text);
        if (query is null)
        {
            return [];
        }

        var hits = built.Searcher.Search(query, MaxHits).ScoreDocs;
        return [.. hits.Select(h => built.StyleIds[h.Doc])];
    }

    public void Dispose() => current?.Dispose();

    private Built EnsureBuilt(CatalogSnapshot snapshot)
    {
        var built = current;
        if (built?.Version == snapshot.Version)
        {
            return built;
        }

        lock (gate)
        {
            if (current?.Version == snapshot.Version)
            {
                return current;
            }

            // Searches still running on the previous index finish on it; it lives in managed memory and is collected.
            var fresh = Build(snapshot);
            current = fresh;
            return fresh;
        }
    }

    private static Built Build(CatalogSnapshot snapshot)
    {
        var directory = new RAMDirectory();
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(Version, Indexing)))
        {
            foreach (var style in snapshot.Styles)
            {
                writer.AddDocument(ToDocument(snapshot, style));
            }

            writer.Commit();
        }

        var reader = DirectoryReader.Open(directory);
        // One segment written in snapshot order: document number i is style i, so hits need no stored-field reads.
        return new Built(snapshot.Version, directory, reader, new IndexSearcher(reader), [.. snapshot.Styles.Select(s => s.Id)]);
    }

    private static Document ToDocument(CatalogSnapshot snapshot, StyleView style)
    {
        var document = new Document();
        var categories = style.CategoryPath.Select(snapshot.FindCategory).OfType<CategoryView>().ToList();
        foreach (var language in Languages.All)
        {
            var name = style.Name.Get(language);
            var words = string.Join(' ', [
                name,
                .. categories.Select(c => c.Name.Get(language)),
                .. style.Colourways.Select(c => c.Name.Get(language)),
                .. style.Composition.Select(f => f.Fibre.ToString()),
                style.Code,
            ]);
            document.Add(new TextField(Name(language), name, Field.Store.NO));
            document.Add(new TextField(Text(language), words + " " + style.Description.Get(language), Field.Store.NO));
            document.Add(new TextField(PlainField, words, Field.Store.NO));
        }

        return document;
    }

    /// <summary>
    /// Every word must match in some way (stemmed, with a typo, or as a prefix); Korean words tolerate one wrong bigram.
    /// Typo tolerance applies to words the catalogue does not contain: building a Levenshtein automaton is most of a
    /// search's cost, and a word spelt right needs none.
    /// </summary>
    private static BooleanQuery? BuildQuery(IndexReader reader, string language, string text)
    {
        var words = Analyze(Plain, PlainField, text.Length > 200 ? text[..200] : text).Take(10).ToList();
        var query = new BooleanQuery();
        foreach (var word in words)
        {
            var alternatives = new BooleanQuery();
            AddStemmed(alternatives, language, word, boost: 3f);
            if (language != Languages.English)
            {
                AddStemmed(alternatives, Languages.English, word, boost: 1f);
            }

            if (word.Length >= 4 && !IsHangul(word) && reader.DocFreq(new Term(PlainField, word)) == 0)
            {
                alternatives.Add(new FuzzyQuery(new Term(PlainField, word), word.Length >= 8 ? 2 : 1), Occur.SHOULD);
            }

            if (word.Length >= 2)
            {
                alternatives.Add(new PrefixQuery(new Term(PlainField, word)) { Boost = 0.5f }, Occur.SHOULD);
            }

            if (alternatives.Clauses.Count > 0)
            {
                query.Add(alternatives, Occur.MUST);
            }
        }

        return query.Clauses.Count == 0 ? null : query;
    }

    private static void AddStemmed(BooleanQuery alternatives, string language, string word, float boost)
    {
        var terms = Analyze(LanguageAnalyzers[language], Text(language), word).ToList();
        if (terms.Count == 0)
        {
            return;
        }

        foreach (var field in new[] { Text(language), Name(language) })
        {
            var all = new BooleanQuery { Boost = field == Name(language) ? boost * 2 : boost };
            foreach (var term in terms)
            {
                all.Add(new TermQuery(new Term(field, term)), Occur.SHOULD);
            }

            all.MinimumNumberShouldMatch = Math.Max(1, terms.Count - 1);
            alternatives.Add(all, Occur.SHOULD);
        }
    }

    private static List<string> Analyze(Analyzer analyzer, string field, string text)
    {
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        var terms = new List<string>();
        while (stream.IncrementToken())
        {
            terms.Add(term.ToString());
        }

        stream.End();
        return terms;
    }

    private static bool IsHangul(string word) => word.Any(c => c is >= '\uAC00' and <= '\uD7A3');

    private static string Text(string language) => "text_" + language;

    private static string Name(string language) => "name_" + language;

    private sealed record Built(string Version, RAMDirectory Directory, DirectoryReader Reader, IndexSearcher Searcher, int[] StyleIds) : IDisposable
    {
        public void Dispose()
        {
            Reader.Dispose();
            Directory.Dispose();
        }
    }
}
