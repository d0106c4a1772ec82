using System.Text.Json;
using System.Xml.Linq;
using BackpainGuide.Tests.Support;

namespace BackpainGuide.Tests.Site;

/// <summary>Builds the real input/ once and checks the structure and links of every page.</summary>
public sealed class RealGuideFixture : IDisposable
{
    public RealGuideFixture()
    {
        Root = Path.Combine(Path.GetTempPath(), "bg-real-" + Guid.NewGuid().ToString("N")[..12]);
        var result = BackpainGuide.Build.SitePipeline.Run(new BackpainGuide.Build.BuildOptions(
            Paths.Input, Path.Combine(Root, "output"), Paths.Theme, Paths.RepoRoot));
        Errors = result.Diagnostics.Where(d => d.Severity == BackpainGuide.Diagnostics.Severity.Error).Select(d => d.ToString()).ToList();
        Site = new BuiltSite(Path.Combine(Root, "output"), "/backpain-guide/");
        Questions = Directory.GetFiles(Path.Combine(Paths.Input, "questions"), "*.md")
            .Select(Path.GetFileNameWithoutExtension).OfType<string>().Order(StringComparer.Ordinal).ToList();
    }

    public string Root { get; }

    public IReadOnlyList<string> Errors { get; }

    public BuiltSite Site { get; }

    public IReadOnlyList<string> Questions { get; }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}

public class RealGuideTests(RealGuideFixture fixture) : IClassFixture<RealGuideFixture>
{
    private BuiltSite Site => fixture.Site;

    public static TheoryData<string> QuestionSlugs() => new(Directory.GetFiles(Path.Combine(Paths.Input, "questions"), "*.md")
        .Select(Path.GetFileNameWithoutExtension).OfType<string>().Order(StringComparer.Ordinal));

    [Fact]
    public void The_guide_builds_without_errors() => Assert.Empty(fixture.Errors);

    [Fact]
    public void Every_internal_link_and_fragment_resolves() => Assert.Empty(Site.BrokenLinks());

    [Fact]
    public void Every_page_has_one_h1_a_title_a_description_a_canonical_url_and_a_language()
    {
        SiteStructure.AssertHeadOfEveryPage(Site, "https://backpain-guide.github.io/backpain-guide/", "en-GB");
    }

    [Fact]
    public void Element_ids_are_unique_on_every_page()
    {
        SiteStructure.AssertUniqueIds(Site);
    }

    [Fact]
    public void Every_page_links_to_the_urgent_guidance()
    {
        SiteStructure.AssertEveryPageLinksTo(Site, "/backpain-guide/questions/when-is-lower-back-pain-an-emergency/");
    }

    [Theory]
    [MemberData(nameof(QuestionSlugs))]
    public void Question_page_shows_its_parts(string slug)
    {
        var doc = Site.Pages[$"questions/{slug}/index.html"];
        var source = File.ReadAllText(Path.Combine(Paths.Input, "questions", slug + ".md"));
        Assert.Contains(doc.QuerySelector("h1")!.TextContent, source, StringComparison.Ordinal);
        Assert.NotNull(doc.QuerySelector(".summary"));
        Assert.NotEmpty(doc.QuerySelectorAll(".tag-list a"));
        Assert.NotEmpty(doc.QuerySelectorAll(".sources li a[href^='http']"));
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", doc.QuerySelector(".reviewed time")!.GetAttribute("datetime")!);
        Assert.NotEmpty(doc.QuerySelectorAll(".related li a"));
        Assert.EndsWith($"/edit/main/input/questions/{slug}.md", doc.QuerySelectorAll("a").Last(a => a.TextContent == "Edit this page").GetAttribute("href"), StringComparison.Ordinal);
        var isRedFlag = doc.QuerySelectorAll(".tag-list a").Any(a => a.GetAttribute("href")!.EndsWith("/tags/red-flag/", StringComparison.Ordinal));
        Assert.Equal(isRedFlag, doc.QuerySelector(".red-flag-warning") is not null);
    }

    [Theory]
    [MemberData(nameof(QuestionSlugs))]
    public void Question_json_ld_is_a_medical_web_page_naming_the_question(string slug)
    {
        var doc = Site.Pages[$"questions/{slug}/index.html"];
        using var json = JsonDocument.Parse(Assert.Single(doc.QuerySelectorAll("script[type='application/ld+json']")).TextContent);
        var root = json.RootElement;
        Assert.Equal("MedicalWebPage", root.GetProperty("@type").GetString());
        Assert.Equal(doc.QuerySelector("h1")!.TextContent, root.GetProperty("mainEntity").GetProperty("name").GetString());
        Assert.Equal("Question", root.GetProperty("mainEntity").GetProperty("@type").GetString());
        Assert.False(string.IsNullOrEmpty(root.GetProperty("mainEntity").GetProperty("acceptedAnswer").GetProperty("text").GetString()));
        Assert.Equal(doc.QuerySelector(".reviewed time")!.GetAttribute("datetime"), root.GetProperty("lastReviewed").GetString());
    }

    [Fact]
    public void Faq_index_lists_every_question_with_a_faq_page_json_ld()
    {
        var home = Site.Pages["index.html"];
        var linked = home.QuerySelectorAll(".question-list a").Select(a => a.GetAttribute("href")).ToHashSet();
        foreach (var slug in fixture.Questions) Assert.Contains($"/backpain-guide/questions/{slug}/", linked);
        using var json = JsonDocument.Parse(home.QuerySelector("script[type='application/ld+json']")!.TextContent);
        Assert.Equal("FAQPage", json.RootElement.GetProperty("@type").GetString());
        Assert.Equal(fixture.Questions.Count, json.RootElement.GetProperty("mainEntity").GetArrayLength());
    }

    [Fact]
    public void Every_question_is_on_the_page_of_each_of_its_tags()
    {
        foreach (var slug in fixture.Questions)
        {
            var doc = Site.Pages[$"questions/{slug}/index.html"];
            foreach (var tagLink in doc.QuerySelectorAll(".tag-list a").Select(a => a.GetAttribute("href")!))
            {
                var tagPage = Site.Pages[Site.FileOf(tagLink)!];
                Assert.Contains(tagPage.QuerySelectorAll(".question-list a"), a => a.GetAttribute("href") == $"/backpain-guide/questions/{slug}/");
            }
        }
    }

    [Fact]
    public void The_search_index_lists_every_question_and_no_search_json_is_written()
    {
        var index = Path.Combine(Site.Output, "search", "index");
        using var meta = JsonDocument.Parse(File.ReadAllText(Path.Combine(index, "meta.json")));
        var size = meta.RootElement.GetProperty("recordBytes").GetInt32();
        var records = Directory.GetFiles(index, "docs-*.bin").Order(StringComparer.Ordinal)
            .SelectMany(f => File.ReadAllBytes(f).Chunk(size)).Select(r => JsonDocument.Parse(r).RootElement).ToList();
        Assert.Equal(fixture.Questions.Select(s => $"/backpain-guide/questions/{s}/").ToHashSet(), records.Select(e => e.GetProperty("url").GetString()!).ToHashSet());
        Assert.All(records, e => Assert.False(string.IsNullOrWhiteSpace(e.GetProperty("text").GetString())));
        Assert.False(File.Exists(Path.Combine(Site.Output, "search.json")));
    }

    [Fact]
    public void Sitemap_robots_headers_and_404_are_written()
    {
        var sitemap = XDocument.Load(Path.Combine(Site.Output, "sitemap.xml"));
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var locs = sitemap.Descendants(ns + "loc").Select(l => l.Value).ToList();
        Assert.Contains("https://backpain-guide.github.io/backpain-guide/", locs);
        Assert.Equal(fixture.Questions.Count, locs.Count(l => l.Contains("/questions/", StringComparison.Ordinal)));
        Assert.Contains("Sitemap: https://backpain-guide.github.io/backpain-guide/sitemap.xml", File.ReadAllText(Path.Combine(Site.Output, "robots.txt")), StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", File.ReadAllText(Path.Combine(Site.Output, "_headers")), StringComparison.Ordinal);
        Assert.True(Site.Pages.ContainsKey("404.html"));
    }

    [Fact]
    public void Pages_have_no_inline_scripts_styles_or_handlers()
    {
        SiteStructure.AssertNoInlineScriptsStylesOrHandlers(Site);
    }
}
