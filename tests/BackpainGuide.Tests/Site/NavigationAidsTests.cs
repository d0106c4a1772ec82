using System.Text.Json;
using AngleSharp.Dom;

namespace BackpainGuide.Tests.Site;

/// <summary>Breadcrumbs with their BreadcrumbList JSON-LD, and the "On this page" list, on the built guide.</summary>
public class NavigationAidsTests(RealGuideFixture fixture) : IClassFixture<RealGuideFixture>
{
    private const string Base = "/backpain-guide/";
    private const string Origin = "https://backpain-guide.github.io";

    private static List<(string Text, string Href, string? Current)> Crumbs(IDocument doc) =>
        doc.QuerySelectorAll("nav.breadcrumbs[aria-label=Breadcrumb] ol > li > a")
            .Select(a => (a.TextContent, a.GetAttribute("href")!, a.GetAttribute("aria-current"))).ToList();

    private static JsonElement? Breadcrumb(IDocument doc)
    {
        var json = JsonDocument.Parse(doc.QuerySelector("script[type='application/ld+json']")!.TextContent).RootElement;
        return json.TryGetProperty("breadcrumb", out var b) ? b.Clone() : null;
    }

    /// <summary>The JSON-LD trail is the visible one: same order, same URLs (absolute), same names after the home page.</summary>
    private static void AssertJsonLdMatches(IDocument doc, List<(string Text, string Href, string? Current)> crumbs, string siteTitle)
    {
        var list = Breadcrumb(doc) ?? throw new Xunit.Sdk.XunitException("no breadcrumb in the JSON-LD");
        Assert.Equal("BreadcrumbList", list.GetProperty("@type").GetString());
        var items = list.GetProperty("itemListElement").EnumerateArray().ToList();
        Assert.Equal(crumbs.Count, items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            Assert.Equal("ListItem", items[i].GetProperty("@type").GetString());
            Assert.Equal(i + 1, items[i].GetProperty("position").GetInt32());
            Assert.Equal(Origin + crumbs[i].Href, items[i].GetProperty("item").GetString());
            Assert.Equal(i == 0 ? siteTitle : crumbs[i].Text, items[i].GetProperty("name").GetString());
        }
    }

    private string SiteTitle => fixture.Site.Pages["index.html"].QuerySelector("h1")!.TextContent;

    [Theory]
    [MemberData(nameof(RealGuideTests.QuestionSlugs), MemberType = typeof(RealGuideTests))]
    public void A_question_shows_home_its_first_tag_and_itself_and_says_so_in_json_ld(string slug)
    {
        var doc = fixture.Site.Pages[$"questions/{slug}/index.html"];
        var crumbs = Crumbs(doc);
        var firstTag = doc.QuerySelector(".tag-list a")!;
        Assert.Equal(
            [("Home", Base, null), (firstTag.TextContent, firstTag.GetAttribute("href")!, null), (doc.QuerySelector("h1")!.TextContent, $"{Base}questions/{slug}/", "page")],
            crumbs);
        AssertJsonLdMatches(doc, crumbs, SiteTitle);
    }

    [Fact]
    public void Tag_and_plain_pages_show_home_and_themselves_and_the_home_page_shows_no_trail()
    {
        var pages = fixture.Site.Pages.Where(p => p.Key.StartsWith("tags/", StringComparison.Ordinal) || p.Key is "about/index.html" or "disclaimer/index.html").ToList();
        Assert.True(pages.Count >= 5, "expected every tag page and both plain pages");
        foreach (var (path, doc) in pages)
        {
            var crumbs = Crumbs(doc);
            Assert.Equal([("Home", Base, null), (doc.QuerySelector("h1")!.TextContent, Base + path[..^"index.html".Length], "page")], crumbs);
            AssertJsonLdMatches(doc, crumbs, SiteTitle);
        }
        var home = fixture.Site.Pages["index.html"];
        Assert.Null(home.QuerySelector("nav.breadcrumbs"));
        Assert.Null(Breadcrumb(home));
    }

    /// <summary>Every answer with three or more sections lists them, in order, linking to their headings; shorter answers do not.</summary>
    [Fact]
    public void Answers_with_three_or_more_sections_list_them_on_the_page()
    {
        var (withList, without) = (0, 0);
        foreach (var slug in fixture.Questions)
        {
            var doc = fixture.Site.Pages[$"questions/{slug}/index.html"];
            var sections = doc.QuerySelectorAll(".answer h2").Select(h => (h.TextContent, "#" + h.Id)).ToList();
            var list = doc.QuerySelector("nav.on-this-page");
            if (sections.Count < 3)
            {
                Assert.True(list is null, $"{slug}: {sections.Count} sections need no list");
                without++;
                continue;
            }
            withList++;
            Assert.NotNull(list);
            Assert.Equal("On this page", doc.GetElementById(list.GetAttribute("aria-labelledby")!)!.TextContent);
            Assert.Equal(sections, list.QuerySelectorAll("li a").Select(a => (a.TextContent, a.GetAttribute("href")!)).ToList());
            // The list comes before the answer it lists.
            Assert.True(list.CompareDocumentPosition(doc.QuerySelector(".answer")!).HasFlag(DocumentPositions.Following), slug);
        }
        Assert.True(withList > 0 && without > 0, $"the guide should exercise both cases ({withList} with a list, {without} without)");
    }
}
