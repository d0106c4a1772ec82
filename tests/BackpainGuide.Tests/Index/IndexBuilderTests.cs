using BackpainGuide.Index;
using BackpainGuide.Model;

namespace BackpainGuide.Tests.Index;

public class IndexBuilderTests
{
    internal static SearchDocument Doc(string slug, string title, string summary = "A summary.", string text = "Some body text.",
        string[]? tags = null, string[]? headings = null, bool redFlag = false) =>
        new($"/questions/{slug}/", title, summary, tags ?? ["remedy"], headings ?? [], text, redFlag);

    [Fact]
    public void Vocabulary_maps_surface_words_to_stems_and_drops_stop_words()
    {
        var index = IndexBuilder.Build([Doc("a", "Which stretches help runners?", text: "Stretching the hamstrings.")], []);
        Assert.Equal("stretch", index.Vocabulary["stretches"]);
        Assert.Equal("stretch", index.Vocabulary["stretching"]);
        Assert.Equal("runner", index.Vocabulary["runners"]);
        Assert.False(index.Vocabulary.ContainsKey("the"));
        Assert.False(index.Postings.ContainsKey("the"));
        Assert.Equal([new Posting(0, index.Postings["stretch"][0].Weight, InTitle: true)], index.Postings["stretch"]);
    }

    [Fact]
    public void A_title_match_weighs_more_than_a_summary_match_more_than_headings_more_than_body()
    {
        var docs = new[]
        {
            Doc("title", "Plank", summary: "x", text: "y"),
            Doc("summary", "x", summary: "plank", text: "y"),
            Doc("heading", "x", summary: "y", headings: ["plank"], text: "y"),
            Doc("body", "x", summary: "y", text: "plank"),
        };
        var weights = IndexBuilder.Build(docs, []).Postings["plank"].Select(p => p.Weight).ToList();
        Assert.True(weights[0] > weights[1] && weights[1] > weights[2] && weights[2] > weights[3], string.Join(", ", weights));
    }

    [Fact]
    public void Tags_are_searchable()
    {
        var index = IndexBuilder.Build([Doc("a", "When to worry", tags: ["red-flag"])], []);
        Assert.Contains("flag", index.Postings.Keys);
    }

    [Fact]
    public void Synonym_phrases_ship_as_stems_and_their_words_join_the_vocabulary()
    {
        var synonyms = new[] { new SynonymGroup(["paracetamol", "tylenol", "pain relief", "Pain Relief"]) };
        var index = IndexBuilder.Build([Doc("a", "Painkillers")], synonyms);
        var group = Assert.Single(index.Synonyms);
        Assert.Equal([["paracetamol"], ["tylenol"], ["pain", "relief"]], group.Select(p => p.ToArray()).ToArray());
        Assert.Equal("tylenol", index.Vocabulary["tylenol"]);
        Assert.False(index.Postings.ContainsKey("tylenol"));
    }

    [Fact]
    public void Building_twice_gives_the_same_index()
    {
        var docs = Enumerable.Range(0, 200).Select(i => Doc($"q{i}", $"Question {i} about running", text: $"Body {i} with words {i % 7} and more")).ToList();
        var a = IndexBuilder.Build(docs, []);
        var b = IndexBuilder.Build(docs, []);
        Assert.Equal(a.Vocabulary, b.Vocabulary);
        Assert.Equal(a.Postings.Keys, b.Postings.Keys);
        Assert.All(a.Postings, p => Assert.Equal(p.Value, b.Postings[p.Key]));
    }
}
