using BackpainGuide.Diagnostics;
using BackpainGuide.Load;
using BackpainGuide.Model;
using BackpainGuide.Render;
namespace BackpainGuide.Tests.Render;

public class MarkdownRendererTests
{
    private static readonly SiteSettings Site = new("T", "D", "https://example.org/guide/", "en", null, "main", "Disc", null);

    private static string Render(string markdown)
    {
        var body = MarkdownParser.Parse(markdown, 5, "f.md", new DiagnosticBag());
        var links = new LinkResolver(new HashSet<string> { "other", "f" }, new HashSet<string> { "about" });
        return new MarkdownRenderer(links, new Urls(Site)).Render(body).Trim();
    }

    [Theory]
    [InlineData("[x](other.md)", "<p><a href=\"/guide/questions/other/\">x</a></p>")]
    [InlineData("[x](other.md#why-it-happens)", "<p><a href=\"/guide/questions/other/#why-it-happens\">x</a></p>")]
    [InlineData("[x](../questions/other.md)", "<p><a href=\"/guide/questions/other/\">x</a></p>")]
    [InlineData("[x](about.md)", "<p><a href=\"/guide/about/\">x</a></p>")]
    [InlineData("[x](#here)", "<p><a href=\"#here\">x</a></p>")]
    [InlineData("[x](https://nhs.uk/a?b=1&c=2)", "<p><a href=\"https://nhs.uk/a?b=1&amp;c=2\">x</a></p>")]
    [InlineData("[x](javascript:alert(1))", "<p><a href=\"#\">x</a></p>")]
    public void Links_are_rewritten_to_site_urls_and_refused_ones_made_inert(string markdown, string html) =>
        Assert.Equal(html, Render(markdown));

    [Theory]
    [InlineData("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;")]
    [InlineData("Hi <img src=x onerror=alert(1)> there", "Hi &lt;img src=x onerror=alert(1)&gt; there")]
    public void Raw_html_is_rendered_as_text(string markdown, string escaped) =>
        Assert.Contains(escaped, Render(markdown), StringComparison.Ordinal);

    [Fact]
    public void Hostile_attribute_values_stay_inside_their_attribute()
    {
        var html = Render("[x](https://a.org \"t\\\"><script>\")\n\n![a\"b](https://a.org/i.png \"q'<\")\n\n```js\"><script>x\nc\n```\n");
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        Assert.Contains("title=\"t&quot;&gt;&lt;script&gt;\"", html, StringComparison.Ordinal);
        Assert.Contains("class=\"language-js&quot;&gt;&lt;script&gt;x\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Headings_get_github_style_ids()
    {
        Assert.Equal("<h2 id=\"what-to-do-and-how-urgently\">What to do, and how urgently?</h2>", Render("## What to do, and how urgently?"));
    }
}
