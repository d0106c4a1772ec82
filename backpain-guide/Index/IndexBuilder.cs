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
    private sealed record Analysed(Dictionary<string, int[]> Counts, int[] Lengths, Dictionary<string, string> Surfaces);

    public static SearchIndex Build(IReadOnlyList<SearchDocument> documents, IReadOnlyList<SynonymGroup> synonyms)
    {
        var analysed = new Analysed[documents.Count];
        using (var stemmers = new ThreadLocal<Stemmer>(() => new Stemmer()))
        {
            Parallel.For(0, documents.Count, i => analysed[i] = Analyse(documents[i], stemmers.Value!));
        }

        var fields = FieldWeights.Names.Count;
        var averages = new double[fields];
        for (var f = 0; f < fields; f++)
        {
            averages[f] = documents.Count == 0 ? 1 : Math.Max(1, analysed.Average(a => a.Lengths[f]));
        }

        // Hash maps while merging (millions of lookups at 10,000 pages), sorted once at the end.
        var vocabulary = new Dictionary<string, string>(StringComparer.Ordinal);
        var postings = new Dictionary<string, List<Posting>>(StringComparer.Ordinal);
        for (var doc = 0; doc < analysed.Length; doc++)
        {
            var a = analysed[doc];
            foreach (var (surface, stem) in a.Surfaces) vocabulary.TryAdd(surface, stem);
            foreach (var (stem, counts) in a.Counts)
            {
                if (!postings.TryGetValue(stem, out var list)) postings[stem] = list = [];
                list.Add(new Posting(doc, Weight(counts, a.Lengths, averages)));
            }
        }

        var stemmer = new Stemmer();
        var groups = new List<IReadOnlyList<IReadOnlyList<string>>>();
        foreach (var group in synonyms)
        {
            var phrases = new List<IReadOnlyList<string>>();
            foreach (var phrase in group.Phrases)
            {
                var stems = new List<string>();
                foreach (var word in Tokenizer.Words(phrase).Where(w => !StopWords.Contains(w)))
                {
                    var stem = stemmer.Stem(word);
                    vocabulary.TryAdd(word, stem);
                    stems.Add(stem);
                }
                // Two spellings may share stems ("nsaid", "nsaids"); one copy is enough.
                if (stems.Count > 0 && !phrases.Any(p => p.SequenceEqual(stems))) phrases.Add(stems);
            }
            if (phrases.Count > 1) groups.Add(phrases);
        }
        return new SearchIndex(documents, new SortedDictionary<string, string>(vocabulary, StringComparer.Ordinal),
            new SortedDictionary<string, List<Posting>>(postings, StringComparer.Ordinal), groups);
    }

    /// <summary>
    /// The stem's weight in one question: each field's BM25 term weight, tf·(k1+1)/(tf + k1·(1 − b + b·len/avg)),
    /// times the field's weight, summed. Saturating per field (rather than after summing, as BM25F
    /// proper does) keeps a title match worth more than many mentions in the body.
    /// </summary>
    public static int Weight(int[] counts, int[] lengths, double[] averages)
    {
        var weight = 0.0;
        for (var f = 0; f < counts.Length; f++)
        {
            if (counts[f] == 0) continue;
            var norm = 1 - FieldWeights.B + FieldWeights.B * lengths[f] / averages[f];
            weight += FieldWeights.Weights[f] * counts[f] * (FieldWeights.K1 + 1) / (counts[f] + FieldWeights.K1 * norm);
        }
        return Math.Max(1, (int)Math.Round(weight * WeightScale, MidpointRounding.AwayFromZero));
    }

    /// <summary>Weights ship as integers: the weight times this.</summary>
    public const int WeightScale = 10;

    private static Analysed Analyse(SearchDocument d, Stemmer stemmer)
    {
        var texts = new string[FieldWeights.Names.Count];
        texts[FieldWeights.Title] = d.Title;
        texts[FieldWeights.Summary] = d.Summary;
        texts[FieldWeights.Headings] = string.Join('\n', d.Headings);
        texts[FieldWeights.Tags] = string.Join('\n', d.Tags);
        texts[FieldWeights.Body] = d.Text;

        var counts = new Dictionary<string, int[]>(StringComparer.Ordinal);
        var lengths = new int[texts.Length];
        var surfaces = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var f = 0; f < texts.Length; f++)
        {
            foreach (var word in Tokenizer.Words(texts[f]))
            {
                lengths[f]++;
                if (StopWords.Contains(word)) continue;
                var stem = stemmer.Stem(word);
                surfaces.TryAdd(word, stem);
                if (!counts.TryGetValue(stem, out var c)) counts[stem] = c = new int[texts.Length];
                c[f]++;
            }
        }
        return new Analysed(counts, lengths, surfaces);
    }
}
