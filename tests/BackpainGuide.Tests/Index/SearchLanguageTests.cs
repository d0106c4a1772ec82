using System.Text.Json;
using BackpainGuide.Index;
using BackpainGuide.Model;
using BackpainGuide.Tests.Support;

namespace BackpainGuide.Tests.Index;

/// <summary>site.yml's language chooses the stemmer and stop words, or the build names the languages search supports.</summary>
public class SearchLanguageTests
{
    [Theory]
    [InlineData("fr", "courses", "cours")]
    [InlineData("fr", "douleurs", "douleur")]
    [InlineData("de", "schmerzen", "schmerz")]
    [InlineData("es", "corriendo", "corr")]
    [InlineData("en", "stretches", "stretch")]
    public void Each_language_stems_with_its_own_snowball(string language, string word, string stem) =>
        Assert.Equal(stem, new Stemmer(SearchLanguage.For(language)).Stem(word));

    [Theory]
    [InlineData("en-GB", "en")]
    [InlineData("fr-CA", "fr")]
    [InlineData("DE", "de")]
    [InlineData("nb-NO", "no")]
    [InlineData("pt-BR", "pt")]
    [InlineData("tlh", null)]
    [InlineData("ja", null)]
    [InlineData("zh-Hans", null)]
    public void A_language_tag_names_a_supported_language_by_its_primary_subtag(string tag, string? code) =>
        Assert.Equal(code, SearchLanguages.Of(tag));

    [Fact]
    public void Every_supported_language_has_a_stemmer_and_folded_sorted_stop_words()
    {
        foreach (var code in SearchLanguages.Supported)
        {
            var language = SearchLanguage.For(code);
            Assert.Equal(code, language.Code);
            Assert.NotEmpty(language.StopWordList);
            Assert.Equal(language.StopWordList.Order(StringComparer.Ordinal), language.StopWordList);
            Assert.All(language.StopWordList, w => Assert.True(IndexBuilder.IsPlainToken(w) && w.All(char.IsAscii), $"{code}: '{w}'"));
        }
    }

    [Fact]
    public void A_french_guide_drops_french_stop_words_and_stems_french_words()
    {
        var docs = new[] { IndexBuilderTests.Doc("a", "Les douleurs du dos", text: "Une douleur apr\u00e8s la course et les courses.") };
        var index = IndexBuilder.Build(docs, [], SearchLanguage.For("fr-FR"));
        Assert.Equal("douleur", index.Vocabulary["douleurs"]);
        Assert.False(index.Postings.ContainsKey("les"));
        Assert.False(index.Postings.ContainsKey("la"));
        // The English list would have kept these French words and dropped none of them.
        Assert.True(IndexBuilder.Build(docs, []).Postings.ContainsKey("les"));
        var meta = JsonDocument.Parse(IndexFiles.Files(index).Single(f => f.Path.EndsWith("meta.json", StringComparison.Ordinal)).Content()).RootElement;
        Assert.Equal("fr", meta.GetProperty("language").GetString());
        Assert.Contains("les", meta.GetProperty("stopWords").EnumerateArray().Select(e => e.GetString()));
        Assert.DoesNotContain("the", meta.GetProperty("stopWords").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public void A_site_in_french_builds_with_a_french_index()
    {
        using var site = new TestSite();
        site.Write("input/site.yml", TestSite.SiteYml.Replace("language: \"en\"", "language: \"fr-FR\"", StringComparison.Ordinal))
            .Question("a", "Pourquoi les douleurs?", related: "[b]").Question("b", "Faut-il courir?", "[a](a.md)", related: "[a]");
        var result = site.Build();
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == BackpainGuide.Diagnostics.Severity.Error);
        var meta = JsonDocument.Parse(File.ReadAllText(Path.Combine(site.Output, "search", "index", "meta.json"))).RootElement;
        Assert.Equal("fr", meta.GetProperty("language").GetString());
    }

    [Theory]
    [InlineData("tlh")]
    [InlineData("ja-JP")]
    public void An_unsupported_language_is_a_positioned_error_that_lists_the_supported_ones(string tag)
    {
        using var site = new TestSite();
        site.Write("input/site.yml", TestSite.SiteYml.Replace("language: \"en\"", $"language: \"{tag}\"", StringComparison.Ordinal))
            .Question("a", "A?", related: "[b]").Question("b", "B?", "[a](a.md)", related: "[a]");
        var messages = site.Build(write: false).Diagnostics.Select(d => d.ToString()).ToList();
        Assert.Contains(messages, m => m.StartsWith($"input/site.yml:4:11: error BG056: search has no stemmer for language '{tag}'; it supports da, de, en, es, fi, fr, it, nl, no, pt, sv", StringComparison.Ordinal));
    }
}
