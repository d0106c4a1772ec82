using BackpainGuide.Load;
using CsCheck;

namespace BackpainGuide.Tests.Fuzz;

/// <summary>
/// The scheme a browser would read, found without copying the URL, against the plain definition:
/// drop controls, space and DEL everywhere, then take what comes before the first colon.
/// </summary>
public class UrlSchemeFuzzTests
{
    private static readonly string[] Pieces =
    [
        "http", "HTTPS", "mailto", "java", "script", "JavaScript", "data", "vbscript", ":", "::", "/", "?", "#", "//", "a", "İ", "K", "ſ",
        "\t", "\n", "\r", " ", "\u0000", "\u0001", "\u001f", "\u007f", "\u0080", "\u00a0", "\u200b", "example.com", "%3A", "&#58;", "\ud83d\ude00",
    ];

    private static readonly Gen<string> Url = Gen.OneOf(Gen.OneOf(Pieces), Gen.String).Array[0, 8].Select(p => string.Concat(p));

    private static string? Reference(string url)
    {
        var cleaned = new string(url.Where(c => c > ' ' && c != '\u007f').ToArray());
        var colon = cleaned.IndexOf(':');
        if (colon <= 0) return null;
        var scheme = cleaned[..colon];
        if (scheme.IndexOfAny(['/', '?', '#']) >= 0) return null;
        return scheme.ToLowerInvariant();
    }

    [Fact]
    public void The_scheme_is_the_one_the_plain_definition_gives() =>
        Url.Sample(url => Assert.Equal(Reference(url), UrlPolicy.Scheme(url)), iter: 20_000);

    [Theory]
    [InlineData("java\tscript:alert(1)", "javascript")]
    [InlineData(" \u0001JAVASCRIPT:x", "javascript")]
    [InlineData("https://example.com", "https")]
    [InlineData("HTTP://example.com", "http")]
    [InlineData("a/b:c", null)]
    [InlineData("\t:x", null)]
    [InlineData("other.md#part", null)]
    public void Known_cases(string url, string? scheme) => Assert.Equal(scheme, UrlPolicy.Scheme(url));
}
