using BackpainGuide.Tests.Support;

namespace BackpainGuide.Tests.Hostile;

/// <summary>The checker must itself catch what it looks for, or the hostile tests prove nothing.</summary>
public class OutputSafetyTests
{
    [Theory]
    [InlineData("<p><img src=x onerror=alert(1)></p>")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("<script src=\"https://evil.example/x.js\"></script>")]
    [InlineData("<a href=\" JaVaScript:alert(1)\">x</a>")]
    [InlineData("<a href=\"java&#9;script:alert(1)\">x</a>")]
    [InlineData("<img src=\"data:image/svg+xml,x\">")]
    [InlineData("<script type=\"application/ld+json\">{\"a\": </script>")]
    public void Flags_unsafe_html(string html) => Assert.ThrowsAny<Exception>(() => Check(html));

    [Theory]
    [InlineData("<p>&lt;script&gt;</p>")]
    [InlineData("<script src=\"/guide/assets/search.js\" defer></script>")]
    [InlineData("<script type=\"application/ld+json\">{\"a\": \"\\u003Cscript\\u003E\"}</script>")]
    public void Accepts_safe_html(string html) => Check(html);

    private static void Check(string html)
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp["index.html"], $"<!doctype html><html><head></head><body>{html}</body></html>");
        OutputSafety.AssertSafe(temp.Path);
    }
}
