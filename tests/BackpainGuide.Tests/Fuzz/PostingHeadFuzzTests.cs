using BackpainGuide.Index;
using CsCheck;

namespace BackpainGuide.Tests.Fuzz;

/// <summary>
/// A long posting list ships its head, and a query of that one word is ranked from the head
/// alone. Whatever the weights, title marks and ties, the ten results the browser shows from the
/// head must be the ten it would show from the whole list, scored as search.js scores them
/// (weight / scale × IDF × (1 + title bonus), in doubles; ties by question number).
/// </summary>
public class PostingHeadFuzzTests
{
    private static readonly Gen<List<Posting>> Lists =
        Gen.Select(Gen.Int[1, 40], Gen.Int[1, 60], Gen.Bool).Array[1, 400].Select(entries =>
        {
            var doc = 0;
            // Few distinct weights, so ties are common.
            return entries.Select(e => new Posting(doc += e.Item1, e.Item2 % 7 == 0 ? 30 : e.Item2, e.Item3 && e.Item2 % 3 == 0)).ToList();
        });

    private static List<int> TopTen(IEnumerable<Posting> postings, double idf) =>
        postings.Select(p => (p.Document, Score: idf * (p.Weight / (double)IndexBuilder.WeightScale)
                * (1 + FieldWeights.TitleBonus * (p.InTitle ? 1.0 : 0.0))))
            .OrderByDescending(e => e.Score).ThenBy(e => e.Document).Take(10).Select(e => e.Document).ToList();

    [Fact]
    public void The_head_holds_the_ten_results_of_its_word_alone() =>
        Gen.Select(Lists, Gen.Int[10, 120], Gen.Double[0.01, 12]).Sample((postings, size, idf) =>
        {
            var (head, others) = IndexFiles.Head(postings, size);
            Assert.Equal(Math.Min(size, postings.Count), head.Count);
            Assert.Equal(postings, head.Concat(others).OrderBy(p => p.Document));
            Assert.Equal(TopTen(postings, idf), TopTen(head, idf));
        }, iter: 500);
}
