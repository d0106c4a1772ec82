using BackpainGuide.Index;

namespace BackpainGuide.Tests.Index;

/// <summary>The per-thread word table gives what the stop-word set and the stemmer give, a number per stem.</summary>
public class WordTableTests
{
    [Fact]
    public void Words_with_one_stem_share_its_number_and_stop_words_have_none()
    {
        var table = new WordTable(SearchLanguage.English);
        var stretching = table.Number("stretching");
        Assert.Equal(0, stretching);
        Assert.Equal(stretching, table.Number("stretches"));
        Assert.Equal(stretching, table.Number("stretching".AsSpan()));
        Assert.Equal(-1, table.Number("the"));
        var back = table.Number("back");
        Assert.Equal(1, back);
        Assert.Equal(2, table.Count);
        Assert.Equal("stretch", table.Stem(stretching));
        Assert.Equal("back", table.Stem(back));
        // Every word stemmed is in the vocabulary the index ships; stop words are not stemmed.
        Assert.Equal(["back", "stretches", "stretching"], table.Stemmer.Seen.Keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("de", "und")]
    [InlineData("fr", "les")]
    public void Another_language_s_stop_words_have_no_number(string code, string stopWord)
    {
        var table = new WordTable(SearchLanguage.For(code));
        Assert.Equal(-1, table.Number(stopWord));
        Assert.Equal(0, table.Number("rücken"));
    }
}
