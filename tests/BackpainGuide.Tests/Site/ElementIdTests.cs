using BackpainGuide.Tests.Support;

namespace BackpainGuide.Tests.Site;

public class ElementIdTests
{
    [Fact]
    public void Content_headings_never_collide_with_the_themes_own_ids()
    {
        // Heading ids are lower-case (GitHub style); the theme's ids are camelCase, so no heading can take one.
        using var site = new TestSite();
        site.Question("a", "A?", "## bg sources\n\n## bgSources\n\n## Sources\n\n## bg main\n\n## Related\n\n[b](b.md)\n", tags: "[red-flag]", related: "[b]")
            .Question("b", "B?", "[a](a.md)\n", related: "[a]");
        Assert.True(site.Build().Succeeded);
        var doc = new BuiltSite(site.Output, "/guide/").Pages["questions/a/index.html"];
        var ids = doc.QuerySelectorAll("[id]").Select(e => e.Id!).ToList();
        Assert.Contains("bgSources", ids);
        Assert.Contains("bgsources", ids);
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
    }
}
