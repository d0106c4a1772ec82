using BackpainGuide.Diagnostics;

namespace BackpainGuide.Tests.Load;

/// <summary>Printed diagnostics quote content: characters that break or reorder a line are shown as escapes.</summary>
public class DiagnosticTests
{
    [Theory]
    [InlineData("a\nb", "a\\u000Ab")]
    [InlineData("a\u0085b", "a\\u0085b")]
    [InlineData("a\u2028b", "a\\u2028b")]
    [InlineData("a\u2029b", "a\\u2029b")]
    [InlineData("a\u200Eb", "a\\u200Eb")]
    [InlineData("a\u200Fb", "a\\u200Fb")]
    [InlineData("a\u061Cb", "a\\u061Cb")]
    [InlineData("a\u202Eb", "a\\u202Eb")]
    [InlineData("a\u2067b", "a\\u2067b")]
    [InlineData("plain text", "plain text")]
    public void Line_breaking_and_direction_characters_are_escaped(string value, string printed) =>
        Assert.Equal($"f.md:1:1: error BG007: unknown tag '{printed}'", Diagnostic.Error(Codes.UnknownTag, "f.md", 1, 1, $"unknown tag '{value}'").ToString());

    [Fact]
    public void Paths_are_escaped_too() =>
        Assert.Equal("a\\u2028b.md:2:3: warning BG100: x", Diagnostic.Warning(Codes.NoRelated, "a\u2028b.md", 2, 3, "x").ToString());
}
