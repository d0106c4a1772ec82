using BackpainGuide.Diagnostics;
using BackpainGuide.Load;

namespace BackpainGuide.Tests.Load;

public class FrontMatterTests
{
    [Fact]
    public void Splits_yaml_and_body_with_file_line_numbers()
    {
        var parts = FrontMatter.Split("---\ntitle: x\n---\nBody\n", "f.md", new DiagnosticBag());
        Assert.NotNull(parts);
        Assert.Equal("title: x\n", parts.Yaml);
        Assert.Equal(2, parts.YamlFirstLine);
        Assert.Equal("Body\n", parts.Body);
        Assert.Equal(4, parts.BodyFirstLine);
    }

    [Theory]
    [InlineData("no front matter\n", "file must start with front matter")]
    [InlineData("---\ntitle: x\n", "front matter is not closed")]
    [InlineData("", "file must start with front matter")]
    public void Missing_or_unclosed_front_matter_is_reported_at_the_top(string text, string message)
    {
        var bag = new DiagnosticBag();
        Assert.Null(FrontMatter.Split(text, "f.md", bag));
        var d = Assert.Single(bag.Sorted());
        Assert.Equal((Codes.MissingFrontMatter, 1, 1), (d.Code, d.Line, d.Column));
        Assert.Contains(message, d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_closing_fence_with_trailing_spaces_is_accepted()
    {
        var parts = FrontMatter.Split("--- \na: b\n---  \nx", "f.md", new DiagnosticBag());
        Assert.Equal("x", parts?.Body);
    }
}
