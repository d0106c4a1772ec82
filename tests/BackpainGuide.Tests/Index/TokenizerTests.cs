using BackpainGuide.Index;

namespace BackpainGuide.Tests.Index;

public class TokenizerTests
{
    [Fact]
    public void Words_are_lower_cased_and_split_on_punctuation()
    {
        Assert.Equal(["tylenol", "or", "ice", "sit", "ups", "999"], Tokenizer.Words("Tylenol or ICE? Sit-ups, 999."));
    }

    [Fact]
    public void Accents_are_folded_and_apostrophes_join()
    {
        Assert.Equal(["cafe", "naive", "dont", "runners"], Tokenizer.Words("Café NAÏVE don't runners’"));
    }

    [Fact]
    public void Empty_and_separator_only_text_has_no_words()
    {
        Assert.Empty(Tokenizer.Words(""));
        Assert.Empty(Tokenizer.Words(" -- ?! "));
    }

    [Fact]
    public void Stop_words_are_common_function_words_only()
    {
        Assert.True(StopWords.Contains("the"));
        Assert.True(StopWords.Contains("my"));
        Assert.False(StopWords.Contains("back"));
        Assert.False(StopWords.Contains("pain"));
        Assert.Equal(StopWords.List.Order(StringComparer.Ordinal), StopWords.List);
    }
}
