namespace BackpainGuide.Tests.Support;

/// <summary>
/// The structure every built site must have, page by page (AngleSharp): one h1, a title, a
/// description, a canonical URL, a language, Open Graph and a Content-Security-Policy; unique
/// element ids; a visible link to the urgent guidance; no inline script, style or handler.
/// The real guide's tests and the installed tool's scaffolded guide run the same checks.
/// </summary>
public static class SiteStructure
{
    public static void AssertHeadOfEveryPage(BuiltSite site, string canonicalPrefix, string language)
    {
        Assert.NotEmpty(site.Pages);
        foreach (var (path, doc) in site.Pages)
        {
            Assert.True(doc.QuerySelectorAll("h1").Length == 1, $"{path}: expected one h1");
            Assert.False(string.IsNullOrWhiteSpace(doc.Title), $"{path}: no title");
            Assert.False(string.IsNullOrWhiteSpace(doc.QuerySelector("meta[name=description]")?.GetAttribute("content")), $"{path}: no description");
            Assert.StartsWith(canonicalPrefix, doc.QuerySelector("link[rel=canonical]")?.GetAttribute("href") ?? "", StringComparison.Ordinal);
            Assert.Equal(language, doc.DocumentElement.GetAttribute("lang"));
            Assert.NotNull(doc.QuerySelector("meta[property='og:title']"));
            Assert.NotNull(doc.QuerySelector("meta[http-equiv=Content-Security-Policy]"));
        }
    }

    public static void AssertUniqueIds(BuiltSite site)
    {
        foreach (var (path, doc) in site.Pages)
        {
            var ids = doc.QuerySelectorAll("[id]").Select(e => e.Id!).ToList();
            Assert.True(ids.Count == ids.Distinct(StringComparer.Ordinal).Count(), $"{path}: duplicate ids {string.Join(", ", ids.GroupBy(i => i).Where(g => g.Count() > 1).Select(g => g.Key))}");
        }
    }

    public static void AssertEveryPageLinksTo(BuiltSite site, string urgentHref)
    {
        foreach (var (path, doc) in site.Pages)
        {
            Assert.True(doc.QuerySelectorAll("a").Any(a => a.GetAttribute("href") == urgentHref), $"{path}: no visible link to the red-flag guidance");
        }
    }

    public static void AssertNoInlineScriptsStylesOrHandlers(BuiltSite site)
    {
        foreach (var (path, doc) in site.Pages)
        {
            foreach (var script in doc.QuerySelectorAll("script"))
            {
                var isData = script.GetAttribute("type") == "application/ld+json";
                Assert.True(isData || (script.HasAttribute("src") && string.IsNullOrWhiteSpace(script.TextContent)), $"{path}: inline script");
            }
            Assert.Empty(doc.QuerySelectorAll("style, [style]"));
            Assert.DoesNotContain(doc.All, e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)));
        }
    }

    /// <summary>All of the above, and every internal link and #fragment resolving.</summary>
    public static void AssertAll(BuiltSite site, string canonicalPrefix, string language, string urgentHref)
    {
        Assert.Empty(site.BrokenLinks());
        AssertHeadOfEveryPage(site, canonicalPrefix, language);
        AssertUniqueIds(site);
        AssertEveryPageLinksTo(site, urgentHref);
        AssertNoInlineScriptsStylesOrHandlers(site);
    }
}
