using BackpainGuide.Model;
using Lucene.Net.Analysis.Da;
using Lucene.Net.Analysis.De;
using Lucene.Net.Analysis.Es;
using Lucene.Net.Analysis.Fi;
using Lucene.Net.Analysis.Fr;
using Lucene.Net.Analysis.It;
using Lucene.Net.Analysis.Nl;
using Lucene.Net.Analysis.No;
using Lucene.Net.Analysis.Pt;
using Lucene.Net.Analysis.Sv;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Tartarus.Snowball;
using Snow = Lucene.Net.Tartarus.Snowball.Ext;

namespace BackpainGuide.Index;

/// <summary>
/// What search needs of the site's language: its Snowball stemmer and its stop words. English
/// keeps the guide's own short list (<see cref="StopWords"/>); the others use Lucene's lists, folded
/// as the tokenizer folds text, so "été" is dropped as "ete" is.
/// </summary>
public sealed class SearchLanguage
{
    private readonly Func<SnowballProgram> snowball;
    private readonly HashSet<string> set;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> spans;

    private SearchLanguage(string code, Func<SnowballProgram> snowball, IEnumerable<string> stopWords)
    {
        Code = code;
        this.snowball = snowball;
        StopWordList = stopWords.Select(Tokenizer.Fold).Where(IndexBuilder.IsPlainToken).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        set = new HashSet<string>(StopWordList, StringComparer.Ordinal);
        spans = set.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public string Code { get; }

    /// <summary>Sorted; ships in meta.json so the browser drops the same words.</summary>
    public IReadOnlyList<string> StopWordList { get; }

    public static readonly SearchLanguage English = new("en", () => new Snow.EnglishStemmer(), StopWords.List);

    /// <summary>The language for site.yml's language tag; the loader has refused unsupported ones (BG056).</summary>
    public static SearchLanguage For(string languageTag) => SearchLanguages.Of(languageTag) switch
    {
        "da" => new("da", () => new Snow.DanishStemmer(), Words(DanishAnalyzer.DefaultStopSet)),
        "de" => new("de", () => new Snow.German2Stemmer(), Words(GermanAnalyzer.DefaultStopSet)),
        "es" => new("es", () => new Snow.SpanishStemmer(), Words(SpanishAnalyzer.DefaultStopSet)),
        "fi" => new("fi", () => new Snow.FinnishStemmer(), Words(FinnishAnalyzer.DefaultStopSet)),
        "fr" => new("fr", () => new Snow.FrenchStemmer(), Words(FrenchAnalyzer.DefaultStopSet)),
        "it" => new("it", () => new Snow.ItalianStemmer(), Words(ItalianAnalyzer.DefaultStopSet)),
        "nl" => new("nl", () => new Snow.DutchStemmer(), Words(DutchAnalyzer.DefaultStopSet)),
        "no" => new("no", () => new Snow.NorwegianStemmer(), Words(NorwegianAnalyzer.DefaultStopSet)),
        "pt" => new("pt", () => new Snow.PortugueseStemmer(), Words(PortugueseAnalyzer.DefaultStopSet)),
        "sv" => new("sv", () => new Snow.SwedishStemmer(), Words(SwedishAnalyzer.DefaultStopSet)),
        "en" => English,
        _ => throw new ArgumentException($"search has no stemmer for language '{languageTag}'", nameof(languageTag)),
    };

    public SnowballProgram NewSnowball() => snowball();

    public bool IsStopWord(string word) => set.Contains(word);

    public bool IsStopWord(ReadOnlySpan<char> word) => spans.Contains(word);

    private static IEnumerable<string> Words(CharArraySet set) => set.Select(w => w?.ToString() ?? "").ToList();
}
