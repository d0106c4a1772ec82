using BackpainGuide.Load;

namespace BackpainGuide.Tests.Load;

public class SlugTests
{
    [Theory]
    [InlineData("is-running-ok", true)]
    [InlineData("a1-b2", true)]
    [InlineData("Is-Running", false)]
    [InlineData("double--dash", false)]
    [InlineData("-leading", false)]
    [InlineData("trailing-", false)]
    [InlineData("under_score", false)]
    [InlineData("..", false)]
    [InlineData("", false)]
    [InlineData("slug\n", false)]
    [InlineData("red-flag\n", false)]
    [InlineData("slug\r", false)]
    [InlineData("\nslug", false)]
    [InlineData("slug\u2028", false)]
    public void Slugs_are_lower_case_words_joined_by_single_dashes(string slug, bool valid) => Assert.Equal(valid, Slug.IsValid(slug));

    [Theory]
    [InlineData("Why does my lower back hurt?", "why-does-my-lower-back-hurt")]
    [InlineData("Bad_File Name", "bad-file-name")]
    public void A_slug_is_suggested_from_a_title(string title, string slug) => Assert.Equal(slug, Slug.Suggest(title));
}
