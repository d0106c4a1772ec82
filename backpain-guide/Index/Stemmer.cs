using Lucene.Net.Tartarus.Snowball.Ext;

namespace BackpainGuide.Index;

/// <summary>
/// English stems from Lucene.Net's Snowball (Porter2) stemmer: "stretches", "stretching" →
/// "stretch". Only the stemmer class is touched, not Lucene's analyzers, so startup stays cheap.
/// Each distinct word is stemmed once; one instance per thread, as the Snowball stemmer is stateful.
/// </summary>
public sealed class Stemmer
{
    private readonly EnglishStemmer snowball = new();
    private readonly Dictionary<string, string> cache = new(StringComparer.Ordinal);

    public string Stem(string word)
    {
        if (cache.TryGetValue(word, out var stem)) return stem;
        // Numbers and single letters have no English ending to take off.
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
