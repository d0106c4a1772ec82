using BackpainGuide.Index;

namespace BackpainGuide.Tests.Index;

public class StemmerTests
{
    [Theory]
    [InlineData("stretches", "stretch")]
    [InlineData("stretching", "stretch")]
    [InlineData("running", "run")]
    [InlineData("runs", "run")]
    [InlineData("jogging", "jog")]
    [InlineData("injuries", "injuri")]
    [InlineData("injury", "injuri")]
    [InlineData("sciatica", "sciatica")]
    [InlineData("999", "999")]
    [InlineData("gp", "gp")]
    public void English_words_are_stemmed_with_snowball(string word, string stem)
    {
        Assert.Equal(stem, new Stemmer().Stem(word));
    }

    [Fact]
    public void Stemming_the_same_word_twice_gives_the_same_stem()
    {
        var stemmer = new Stemmer();
        Assert.Equal(stemmer.Stem("physiotherapists"), stemmer.Stem("physiotherapists"));
        Assert.Equal("physiotherapist", stemmer.Stem("physiotherapists"));
    }
}
