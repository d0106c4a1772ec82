using System.Runtime.InteropServices;
using BackpainGuide.Model;

namespace BackpainGuide.Index;

/// <summary>
/// Builds the <see cref="SearchIndex"/>: each question's fields are tokenised and stemmed (in
/// parallel, one stemmer per thread), then merged in document order so the result never depends
/// on thread timing. A stem's weight in a question is BM25's saturated, length-normalised,
/// field-weighted term frequency (see <see cref="Weight"/>); only the IDF, which needs the whole collection, is left to the browser.
/// </summary>
public static class IndexBuilder
{
    /// <summary>A question's distinct stems and, for stem i, its count in field f at Counts[i * fields + f].</summary>
    private sealed record Analysed(string[] Stems, int[] Counts, int[] Lengths);

    public static SearchIndex Build(IReadOnlyList<SearchDocument> documents, IReadOnlyList<SynonymGroup> synonyms, SearchLanguage? language = null)
    {
        var lang = language ?? SearchLanguage.English;
        var analysed = new Analysed[documents.Count];
        // The vocabulary is every word some thread stemmed: the same set however the work was split.
        var vocabulary = new Dictionary<string, string>(StringComparer.Ordinal);
        using (var tables = new ThreadLocal<Scratch>(() => new Scratch(new WordTable(lang)), trackAllValues: true))
        {
            Parallel.For(0, documents.Count, i => analysed[i] = Analyse(documents[i], tables.Value!));
            foreach (var t in tables.Values)
            {
                foreach (var (word, stem) in t.Words.Stemmer.Seen) vocabulary.TryAdd(word, stem);
            }
        }

        var fields = FieldWeights.Names.Count;
        var averages = new double[fields];
        for (var f = 0; f < fields; f++)
        {
            averages[f] = Math.Max(1, BoundedAverage(analysed.Select(a => a.Lengths[f]).ToArray()));
        }
        var breadth = Limit(analysed.Select(a => a.Stems.Length).ToArray());
        var titleLimit = Limit(analysed.Select(a => a.Lengths[FieldWeights.Title]).ToArray());

        // Hash maps while merging (millions of lookups at 10,000 pages), sorted once at the end.
        // Each list is made at its final size: grown by doubling, the 2.5 million postings of
        // 10,000 pages left about as much again in discarded arrays, the long lists' in the
        // large-object heap, which only a full collection frees.
        var sizes = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var a in analysed)
        {
            foreach (var stem in a.Stems) CollectionsMarshal.GetValueRefOrAddDefault(sizes, stem, out _)++;
        }
        var postings = new Dictionary<string, List<Posting>>(sizes.Count, StringComparer.Ordinal);
        foreach (var (stem, size) in sizes) postings.Add(stem, new List<Posting>(size));
        for (var doc = 0; doc < analysed.Length; doc++)
        {
            var a = analysed[doc];
            var spread = Spread(a.Stems.Length, breadth);
            var titled = TitleCounts(a.Lengths[FieldWeights.Title], titleLimit, spread);
            for (var i = 0; i < a.Stems.Length; i++)
            {
                var list = postings[a.Stems[i]];
                var counts = a.Counts.AsSpan(i * fields, fields);
                list.Add(new Posting(doc, Weight(counts, a.Lengths, averages, spread), titled && counts[FieldWeights.Title] > 0));
            }
        }

        var stemmer = new Stemmer(lang);
        var groups = new List<IReadOnlyList<IReadOnlyList<string>>>();
        var urgentGroups = new List<int>();
        foreach (var group in synonyms)
        {
            var phrases = new List<IReadOnlyList<string>>();
            var distinct = new HashSet<string>(StringComparer.Ordinal);
            foreach (var phrase in group.Phrases)
            {
                var stems = new List<string>();
                foreach (var word in Tokenizer.Words(phrase).Where(w => !lang.IsStopWord(w)))
                {
                    var stem = stemmer.Stem(word);
                    vocabulary.TryAdd(word, stem);
                    stems.Add(stem);
                }
                // Two spellings may share stems ("nsaid", "nsaids"); one copy is enough.
                if (stems.Count > 0 && distinct.Add(string.Join(' ', stems))) phrases.Add(stems);
            }
            if (phrases.Count > 1)
            {
                if (group.Urgent) urgentGroups.Add(groups.Count);
                groups.Add(phrases);
            }
        }
        RequirePlainTokens(vocabulary, groups);
        return new SearchIndex(documents, new SortedDictionary<string, string>(vocabulary, StringComparer.Ordinal),
            new SortedDictionary<string, List<Posting>>(postings, StringComparer.Ordinal), groups, urgentGroups, lang);
    }

    /// <summary>
    /// Every key the index files hold is a word of letters and digits, as the tokenizer makes them:
    /// never "__proto__", "a.b" or an empty string, whatever the content. The browser reads keys
    /// with own-property lookups anyway; this keeps the format from expressing anything else.
    /// A failure here is a bug in the tokenizer or stemmer, not in the content.
    /// </summary>
    private static void RequirePlainTokens(Dictionary<string, string> vocabulary, List<IReadOnlyList<IReadOnlyList<string>>> groups)
    {
        foreach (var (word, stem) in vocabulary)
        {
            if (!IsPlainToken(word) || !IsPlainToken(stem)) throw new InvalidOperationException($"search index word '{word}' -> '{stem}' is not a plain token");
        }
        foreach (var stem in groups.SelectMany(g => g).SelectMany(p => p))
        {
            if (!IsPlainToken(stem)) throw new InvalidOperationException($"synonym stem '{stem}' is not a plain token");
        }
    }

    public static bool IsPlainToken(string word) => word.Length > 0 && word.All(char.IsLetterOrDigit);

    /// <summary>
    /// The stem's weight in one question: each field's BM25 term weight, tf·(k1+1)/(tf + k1·(1 − b + b·len/avg)),
    /// times the field's weight, summed. Saturating per field (rather than after summing, as BM25F
    /// proper does) keeps a title match worth more than many mentions in the body.
    /// </summary>
    public static int Weight(ReadOnlySpan<int> counts, int[] lengths, double[] averages, double spread = 1)
    {
        var weight = 0.0;
        for (var f = 0; f < counts.Length; f++)
        {
            if (counts[f] == 0) continue;
            var norm = 1 - FieldWeights.B + FieldWeights.B * lengths[f] / averages[f];
            weight += FieldWeights.Weights[f] * counts[f] * (FieldWeights.K1 + 1) / (counts[f] + FieldWeights.K1 * norm);
        }
        return Math.Max(1, (int)Math.Round(weight * spread * WeightScale, MidpointRounding.AwayFromZero));
    }

    /// <summary>
    /// How far past the median a page counts as ordinary: a field up to this many times the median
    /// length, a page with up to this many times the median number of distinct words.
    /// </summary>
    public const double Outlier = 4;

    /// <summary>This many times the median of the values (0 for none).</summary>
    public static double Limit(int[] values)
    {
        if (values.Length == 0) return 0;
        var sorted = values.Order().ToArray();
        var median = sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2.0;
        return Outlier * median;
    }

    /// <summary>
    /// BM25's average field length, with each page's length counted up to <see cref="Outlier"/>
    /// times the median: one stuffed page cannot lengthen the average and so make every other
    /// page's field look short and its own look ordinary. The same as the plain mean for a site
    /// without such outliers.
    /// </summary>
    public static double BoundedAverage(int[] lengths)
    {
        if (lengths.Length == 0) return 1;
        var limit = Limit(lengths);
        return lengths.Average(l => Math.Min(l, limit));
    }

    /// <summary>
    /// A page that uses far more distinct words than the others (one stuffed with the whole
    /// vocabulary) spreads a bounded total weight over them: past <paramref name="limit"/> distinct
    /// stems its every weight is scaled by limit / distinct, so stuffing buys breadth only by
    /// giving up weight per word. Ordinary pages, up to the limit, are not touched.
    /// </summary>
    public static double Spread(int distinct, double limit) => distinct <= limit || limit <= 0 ? 1 : limit / distinct;

    /// <summary>
    /// Whether a page's title words are marked as title matches, which the browser ranks above
    /// matches elsewhere (docs/search.md). Only for an ordinary page: a title up to
    /// <see cref="Outlier"/> times the median title length, on a page within the breadth limit, so
    /// a title stuffed with the vocabulary does not make every query a title match.
    /// </summary>
    public static bool TitleCounts(int titleLength, double titleLimit, double spread) => spread >= 1 && titleLength <= titleLimit;

    /// <summary>Weights ship as integers: the weight times this.</summary>
    public const int WeightScale = 10;

    /// <summary>
    /// One thread's words and what it reuses from question to question: for each stem number, the
    /// question that last used it (<see cref="Seen"/>) and its slot there (<see cref="Slots"/>), so
    /// nothing is cleared between questions; and the counts, grown once.
    /// </summary>
    private sealed class Scratch(WordTable words)
    {
        public WordTable Words { get; } = words;
        public int[] Seen = [];
        public int[] Slots = [];
        public int Question;
        public readonly List<int> Counts = [];
        public readonly List<int> Order = [];
    }

    private static Analysed Analyse(SearchDocument d, Scratch scratch)
    {
        var texts = new string[FieldWeights.Names.Count];
        texts[FieldWeights.Title] = d.Title;
        texts[FieldWeights.Summary] = d.Summary;
        texts[FieldWeights.Headings] = string.Join('\n', d.Headings);
        texts[FieldWeights.Tags] = string.Join('\n', d.Tags);
        texts[FieldWeights.Body] = d.Text;

        var fields = texts.Length;
        var (table, counts, order) = (scratch.Words, scratch.Counts, scratch.Order);
        // Question numbers start at 1, so a fresh array (all 0) has seen none.
        var question = ++scratch.Question;
        counts.Clear();
        order.Clear();
        var lengths = new int[fields];
        for (var f = 0; f < fields; f++)
        {
            foreach (var word in Tokenizer.FoldedWords(texts[f]))
            {
                lengths[f]++;
                var number = table.Number(word);
                if (number < 0) continue;
                if (number >= scratch.Seen.Length)
                {
                    var size = Math.Max(1024, Math.Max(table.Count, scratch.Seen.Length * 2));
                    Array.Resize(ref scratch.Seen, size);
                    Array.Resize(ref scratch.Slots, size);
                }
                if (scratch.Seen[number] != question)
                {
                    scratch.Seen[number] = question;
                    scratch.Slots[number] = order.Count;
                    order.Add(number);
                    for (var k = 0; k < fields; k++) counts.Add(0);
                }
                counts[scratch.Slots[number] * fields + f]++;
            }
        }
        var stems = new string[order.Count];
        for (var i = 0; i < stems.Length; i++) stems[i] = table.Stem(order[i]);
        return new Analysed(stems, counts.ToArray(), lengths);
    }
}
