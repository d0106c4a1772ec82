namespace BackpainGuide.Index;

/// <summary>
/// One thread's words, each looked up once per occurrence: a word of the text gives its stem's
/// number, or -1 for a stop word. Indexing 10,000 pages reads millions of words but only thousands
/// of distinct ones; asking the stop-word set, the stemmer's cache and the page's own stem map in
/// turn hashed every word three times. Numbers are this thread's own, in first-seen order.
/// </summary>
internal sealed class WordTable
{
    private readonly SearchLanguage language;
    private readonly Dictionary<string, int> words = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> lookup;
    private readonly Dictionary<string, int> numbers = new(StringComparer.Ordinal);
    private readonly List<string> stems = [];

    public WordTable(SearchLanguage language)
    {
        this.language = language;
        Stemmer = new Stemmer(language);
        lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The stemmer behind the table: its <see cref="Stemmer.Seen"/> is every word stemmed.</summary>
    public Stemmer Stemmer { get; }

    /// <summary>How many stems have a number.</summary>
    public int Count => stems.Count;

    public string Stem(int number) => stems[number];

    /// <summary>The number of <paramref name="word"/>'s stem; -1 for a stop word. The word is allocated only the first time.</summary>
    public int Number(ReadOnlySpan<char> word)
    {
        if (lookup.TryGetValue(word, out var number)) return number;
        var text = word.ToString();
        if (language.IsStopWord(text))
        {
            number = -1;
        }
        else
        {
            var stem = Stemmer.Stem(text);
            if (!numbers.TryGetValue(stem, out number))
            {
                number = stems.Count;
                numbers.Add(stem, number);
                stems.Add(stem);
            }
        }
        words.Add(text, number);
        return number;
    }
}
