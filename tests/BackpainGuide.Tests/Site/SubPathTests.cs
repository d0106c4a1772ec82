using BackpainGuide.Tests.Support;

namespace BackpainGuide.Tests.Site;

public class SubPathTests
{
    [Theory]
    [InlineData("https://example.org/", "/")]
    [InlineData("https://example.org/deep/sub/path/", "/deep/sub/path/")]
    [InlineData("http://127.0.0.1:8080/guide", "/guide/")]
    public void Every_link_carries_the_base_path_of_the_base_url(string baseUrl, string basePath)
    {
        using var site = new TestSite();
        site.Question("a", "A?", "See [b](b.md#why).\n", related: "[b]").Question("b", "B?", "## Why\n\n[a](a.md)\n", related: "[a]");
        site.Write("input/pages/about.md", "---\ntitle: About\nsummary: About us.\n---\nRead [a](a.md).\n");
        Assert.True(site.Build(baseUrl).Succeeded);
        var built = new BuiltSite(site.Output, basePath);
        Assert.Empty(built.BrokenLinks());
        var canonical = built.Pages["questions/a/index.html"].QuerySelector("link[rel=canonical]")!.GetAttribute("href");
        Assert.Equal(new Uri(new Uri(baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/"), "questions/a/").ToString(), canonical);
    }
}
