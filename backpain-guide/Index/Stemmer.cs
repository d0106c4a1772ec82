using Lucene.Net.Tartarus.Snowball;

namespace BackpainGuide.Index;

/// <summary>
/// Stems from Lucene.Net's Snowball stemmer for the site's language (English: Porter2, "stretches",
/// "stretching" → "stretch"). Only the stemmer class is touched, not Lucene's analyzers, so startup stays cheap.
/// Each distinct word is stemmed once; one instance per thread, as the Snowball stemmer is stateful.
/// </summary>
public sealed class Stemmer
{
    private readonly SnowballProgram snowball;
    private readonly Dictionary<string, string> cache = new(StringComparer.Ordinal);

    public Stemmer(SearchLanguage? language = null)
    {
        snowball = (language ?? SearchLanguage.English).NewSnowball();
        Lookup = cache.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    private Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> Lookup { get; }

    /// <summary>Every word stemmed so far, with its stem.</summary>
    public IReadOnlyDictionary<string, string> Seen => cache;

    /// <summary>The stem of a word given as a span; the word is allocated only the first time.</summary>
    public string Stem(ReadOnlySpan<char> word) => Lookup.TryGetValue(word, out var stem) ? stem : Stem(word.ToString());

    public string Stem(string word)
    {
        if (cache.TryGetValue(word, out var stem)) return stem;
        // Numbers and one- or two-letter words have no ending to take off.
        if (word.Length < 3 || !word.All(char.IsAsciiLetterLower))
        {
            stem = word;
        }
        else
        {
            snowball.SetCurrent(word);
            snowball.Stem();
            stem = snowball.Current;
        }
        cache[word] = stem;
        return stem;
    }
}
