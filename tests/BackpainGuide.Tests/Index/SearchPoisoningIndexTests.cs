using System.Text.Json;
using BackpainGuide.Index;
using BackpainGuide.Model;
using static BackpainGuide.Tests.Index.IndexBuilderTests;

namespace BackpainGuide.Tests.Index;

/// <summary>
/// The index format cannot carry anything but plain words, and one stuffed page cannot buy
/// weight: the generator's half of the defence against search poisoning (the browser's half is
/// SearchPoisoningTests in the browser tests).
/// </summary>
public class SearchPoisoningIndexTests
{
    private static readonly string[] Prose =
    [
        "Running with sciatica is usually fine if the pain settles within a day.",
        "Stretch the hamstrings gently after a run and keep moving.",
        "Core exercises such as the plank help many runners with back pain.",
        "Painkillers, heat or ice can ease a flare while you keep active.",
        "See a doctor the same day if numbness spreads or bladder control changes.",
    ];

    private static List<SearchDocument> Guide() =>
        Enumerable.Range(0, 20).Select(i => Doc($"q{i}", $"Question {i} about {Prose[i % 5].Split(' ')[0]}?", text: Prose[i % 5] + " " + Prose[(i + 2) % 5])).ToList();

    [Fact]
    public void Every_key_of_every_index_file_is_a_plain_word_whatever_the_content()
    {
        var docs = Guide();
        docs.Add(Doc("hostile", "__proto__ constructor toString() a.b", text: "__proto__ hasOwnProperty valueOf constructor.prototype \u200B x\u200By",
            headings: ["__defineGetter__", "Ω ﬁ"]));
        var synonyms = new List<SynonymGroup> { new(["constructor constructor", "zzspam"]), new(["sciatica", "leg pain"]) };
        var files = IndexFiles.Files(IndexBuilder.Build(docs, synonyms)).Where(f => f.Path.EndsWith(".json", StringComparison.Ordinal))
            .ToDictionary(f => f.Path, f => JsonDocument.Parse(f.Content()).RootElement);

        var keys = files.Where(f => f.Key.Contains("/vocab-", StringComparison.Ordinal) || f.Key.Contains("/terms-", StringComparison.Ordinal))
            .SelectMany(f => f.Value.EnumerateObject().Select(p => p.Name)).ToList();
        var stems = files.Where(f => f.Key.Contains("/vocab-", StringComparison.Ordinal))
            .SelectMany(f => f.Value.EnumerateObject().Select(p => p.Value.GetString()!)).Where(s => s.Length > 0);
        var synonymStems = files[IndexFiles.Folder + "meta.json"].GetProperty("synonyms").EnumerateArray()
            .SelectMany(g => g.EnumerateArray()).SelectMany(p => p.EnumerateArray()).Select(s => s.GetString()!);
        Assert.All(keys.Concat(stems).Concat(synonymStems), k => Assert.True(IndexBuilder.IsPlainToken(k), $"'{k}' is not a plain word"));
        Assert.Contains("constructor", keys);
        Assert.Contains("proto", keys);
        Assert.DoesNotContain(keys, k => k.Contains('_', StringComparison.Ordinal));
    }

    [Fact]
    public void A_page_stuffed_with_every_word_weighs_less_per_word_than_a_page_that_uses_it()
    {
        var docs = Guide();
        var vocabulary = IndexBuilder.Build(docs, []).Vocabulary.Keys.ToList();
        var filler = string.Join(' ', Enumerable.Range(0, 400).Select(i => $"filler{i}"));
        var everything = string.Join(' ', vocabulary) + " " + filler;
        docs.Add(Doc("stuffed", everything, summary: everything[..200], text: $"{everything} {everything} {everything}", headings: [everything]));
        var index = IndexBuilder.Build(docs, []);

        var stuffed = docs.Count - 1;
        foreach (var stem in new[] { "sciatica", "numb", "plank", "painkil" })
        {
            var postings = index.Postings[stem];
            var best = postings.Where(p => p.Document != stuffed).Max(p => p.Weight);
            var spam = postings.Single(p => p.Document == stuffed).Weight;
            Assert.True(spam * 2 < best, $"'{stem}': the stuffed page weighs {spam}, the best real page {best}");
        }
    }

    [Fact]
    public void A_title_stuffed_with_every_word_is_not_a_title_match_for_any()
    {
        // The browser raises pages whose title has the query's words; a stuffed title must not get that.
        var docs = Guide();
        var everything = string.Join(' ', IndexBuilder.Build(docs, []).Vocabulary.Keys);
        docs.Add(Doc("stuffed", everything, text: "short"));
        var index = IndexBuilder.Build(docs, []);
        var stuffed = docs.Count - 1;
        Assert.DoesNotContain(index.Postings.Values.SelectMany(p => p), p => p.Document == stuffed && p.InTitle);
        Assert.Contains(index.Postings["question"], p => p.Document == 0 && p.InTitle);
    }

    [Fact]
    public void One_stuffed_page_barely_moves_the_weights_of_the_others()
    {
        // With a plain mean, its 3,000-word fields would make every other page's look short.
        var docs = Guide();
        var before = IndexBuilder.Build(docs, []).Postings["plank"].ToList();
        var everything = string.Join(' ', Enumerable.Range(0, 3000).Select(i => $"word{i}"));
        docs.Add(Doc("stuffed", everything, text: everything, headings: [everything]));
        var after = IndexBuilder.Build(docs, []).Postings["plank"];
        Assert.Equal(before.Select(p => p.Document), after.Select(p => p.Document));
        Assert.All(before.Zip(after), pair => Assert.InRange(pair.Second.Weight, pair.First.Weight * 0.9, pair.First.Weight * 1.1));
    }

    [Theory]
    [InlineData(new[] { 10, 10, 10, 10 }, 10)]
    [InlineData(new[] { 10, 12, 8, 10, 4000 }, 16)]
    [InlineData(new int[0], 1)]
    public void The_average_field_length_counts_each_page_up_to_four_times_the_median(int[] lengths, double expected) =>
        Assert.Equal(expected, IndexBuilder.BoundedAverage(lengths), 6);
}
