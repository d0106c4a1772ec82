using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using BackpainGuide.Tests.Support;

namespace BackpainGuide.Tests.Layout;

/// <summary>
/// site.yml's pagination: the FAQ index, tag pages, tag embeds and the API's list are cut into
/// numbered pages past their size, each reachable by plain links (rel=prev/next and a pager), and
/// every question is still listed on some page; under the size nothing changes.
/// </summary>
public class PaginationTests
{
    private const string Origin = "https://example.org";
    private static readonly HtmlParser Parser = new();

    /// <summary>37 questions: all about causes, every third after the first also a remedy, the first a red flag.</summary>
    private static TestSite BigSite(int questionsPerPage = 10, int answersPerEmbed = 5)
    {
        var site = new TestSite();
        site.Write("input/site.yml", TestSite.SiteYml + $"\npagination:\n  questions_per_page: {questionsPerPage}\n  answers_per_embed: {answersPerEmbed}\n");
        for (var i = 0; i < 37; i++)
        {
            var tags = i == 0 ? "[cause, red-flag]" : i % 3 == 0 ? "[cause, remedy]" : "[cause]";
            site.Question($"q-{i:D2}", $"Question number {i}?", tags: tags, related: $"[q-{(i + 1) % 37:D2}]");
        }
        return site;
    }

    private static IDocument Page(TestSite site, string url) =>
        Parser.ParseDocument(File.ReadAllText(Path.Combine(site.Output, FileOf(url))));

    private static string FileOf(string url)
    {
        var path = url.StartsWith(Origin, StringComparison.Ordinal) ? url[Origin.Length..] : url;
        Assert.StartsWith("/guide/", path, StringComparison.Ordinal);
        path = path["/guide/".Length..];
        return path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path;
    }

    /// <summary>Follows rel=next from <paramref name="first"/>; each page's rel=prev must point back.</summary>
    private static List<(string Url, IDocument Doc)> Chain(TestSite site, string first, bool headLinks)
    {
        var pages = new List<(string, IDocument)>();
        string? url = first;
        string? previous = null;
        while (url is not null)
        {
            Assert.True(pages.Count < 50, "rel=next does not end");
            var doc = Page(site, url);
            var prev = headLinks
                ? doc.QuerySelector("head link[rel=prev]")?.GetAttribute("href")
                : doc.QuerySelector("nav.pager a[rel=prev]")?.GetAttribute("href");
            Assert.Equal(previous, prev is null ? null : Absolute(prev));
            pages.Add((url, doc));
            previous = Absolute(url);
            var next = headLinks
                ? doc.QuerySelector("head link[rel=next]")?.GetAttribute("href")
                : doc.QuerySelector("nav.pager a[rel=next]")?.GetAttribute("href");
            url = next;
        }
        return pages;
    }

    private static string Absolute(string url) => url.StartsWith(Origin, StringComparison.Ordinal) ? url : Origin + url;

    private static HashSet<string> QuestionLinks(IDocument doc, string selector) =>
        doc.QuerySelectorAll(selector).Select(a => a.GetAttribute("href")!)
            .Where(h => h.Contains("/guide/questions/", StringComparison.Ordinal))
            .Select(h => h.Split("/questions/")[1].TrimEnd('/')).ToHashSet(StringComparer.Ordinal);

    [Fact]
    public void The_index_is_cut_into_pages_that_link_each_other_and_together_list_every_question()
    {
        using var site = BigSite();
        Assert.True(site.Build().Succeeded);
        // 37 causes + 12 remedies + 1 red flag = 50 entries, 10 a page.
        var pages = Chain(site, Origin + "/guide/", headLinks: true);
        Assert.Equal(5, pages.Count);
        var listed = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < pages.Count; i++)
        {
            var doc = pages[i].Doc;
            var items = doc.QuerySelectorAll("main .question-item");
            Assert.InRange(items.Length, 1, 10);
            listed.UnionWith(QuestionLinks(doc, "main .question-item > a"));
            Assert.Equal($"Page {i + 1} of 5", doc.QuerySelector("nav.pager .pager-status")!.TextContent);
            Assert.Equal(i + 1 + "", doc.QuerySelector("nav.pager a[aria-current=page]")!.TextContent);
            Assert.Equal(Absolute(pages[i].Url), doc.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
            // Every page lists every topic, with its whole count, pointing at the page it starts on.
            var toc = doc.QuerySelectorAll("nav.toc li").Select(li => li.TextContent.Trim()).ToList();
            Assert.Equal(["Causes (37)", "Remedies (12)", "Red flags (1)"], toc);
        }
        Assert.Equal(Enumerable.Range(0, 37).Select(i => $"q-{i:D2}").ToHashSet(), listed);
        Assert.Equal("/guide/page/4/#topic-remedy", pages[0].Doc.QuerySelector("nav.toc a[href*=remedy]")!.GetAttribute("href"));
        Assert.NotNull(pages[3].Doc.GetElementById("topic-remedy"));
        Assert.Contains("(continued)", pages[1].Doc.GetElementById("topic-cause")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("page 2 of 5", pages[1].Doc.Title, StringComparison.Ordinal);
        // The FAQPage data of a page names the questions that page lists.
        var ld = JsonDocument.Parse(pages[0].Doc.QuerySelector("script[type='application/ld+json']")!.TextContent).RootElement;
        Assert.Equal(10, ld.GetProperty("mainEntity").GetArrayLength());
        var sitemap = site.ReadOutput("sitemap.xml");
        Assert.Contains("<loc>https://example.org/guide/page/5/</loc>", sitemap, StringComparison.Ordinal);
        Assert.Contains("<loc>https://example.org/guide/tags/cause/page/4/</loc>", sitemap, StringComparison.Ordinal);
    }

    [Fact]
    public void A_tag_page_is_cut_into_pages_and_its_embed_into_pages_that_stay_in_the_frame()
    {
        using var site = BigSite();
        Assert.True(site.Build().Succeeded);
        var pages = Chain(site, Origin + "/guide/tags/cause/", headLinks: true);
        Assert.Equal(4, pages.Count);
        var listed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (_, doc) in pages)
        {
            Assert.InRange(doc.QuerySelectorAll("main .question-item").Length, 1, 10);
            listed.UnionWith(QuestionLinks(doc, "main .question-item > a"));
            Assert.Contains("37 questions.", doc.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
            // The share box offers the topic itself, not one of its pages.
            Assert.Contains("https://example.org/guide/tags/cause/", doc.QuerySelector("section.share")!.TextContent, StringComparison.Ordinal);
            Assert.DoesNotContain("tags/cause/page/", doc.QuerySelector("section.share")!.TextContent, StringComparison.Ordinal);
        }
        Assert.Equal(37, listed.Count);

        var embeds = Chain(site, "/guide/embed/tags/cause/", headLinks: false);
        Assert.Equal(8, embeds.Count); // 37 answers, 5 a page
        var answers = 0;
        foreach (var (_, doc) in embeds)
        {
            answers += doc.QuerySelectorAll("details.embed-answer").Length;
            Assert.InRange(doc.QuerySelectorAll("details.embed-answer").Length, 1, 5);
            // The frame's links open a tab (base target=_blank); the pager's stay in the frame.
            Assert.All(doc.QuerySelectorAll("nav.pager a"), a => Assert.Equal("_self", a.GetAttribute("target")));
            // The topic has a red-flag answer, so every page of it shows the warning box.
            Assert.NotNull(doc.QuerySelector("aside.red-flag-warning"));
        }
        Assert.Equal(37, answers);
    }

    [Fact]
    public void The_api_list_is_cut_into_pages_that_link_each_other_and_keep_the_total()
    {
        using var site = BigSite();
        Assert.True(site.Build().Succeeded);
        var slugs = new List<string>();
        string? url = Origin + "/guide/api/v1/questions.json";
        var number = 0;
        while (url is not null)
        {
            number++;
            var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(site.Output, FileOf(url)))).RootElement;
            Assert.Equal(37, doc.GetProperty("numberOfItems").GetInt32());
            Assert.Equal(number, doc.GetProperty("page").GetInt32());
            Assert.Equal(4, doc.GetProperty("pageCount").GetInt32());
            Assert.Equal(Origin + "/guide/api/v1/questions.json", doc.GetProperty("firstPage").GetString());
            var items = doc.GetProperty("itemListElement").EnumerateArray().Select(e => e.GetProperty("slug").GetString()!).ToList();
            Assert.InRange(items.Count, 1, 10);
            slugs.AddRange(items);
            url = doc.TryGetProperty("nextPage", out var next) ? next.GetString() : null;
        }
        Assert.Equal(4, number);
        Assert.Equal(37, slugs.Count);
        Assert.Equal(Enumerable.Range(0, 37).Select(i => $"q-{i:D2}").ToHashSet(), slugs.ToHashSet());
    }

    [Fact]
    public void The_embed_picker_offers_the_first_questions_of_a_big_guide_and_says_where_the_others_are()
    {
        using var site = BigSite();
        Assert.True(site.Build().Succeeded);
        var doc = Page(site, "/guide/embed/");
        Assert.Equal(10, doc.QuerySelectorAll("option[value^='question:']").Length);
        Assert.Contains("first 10 of the guide's 37 questions", doc.QuerySelector(".embed-picker-note")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Under_the_size_nothing_is_paginated()
    {
        using var site = BigSite(questionsPerPage: 60, answersPerEmbed: 40);
        Assert.True(site.Build().Succeeded);
        var files = Directory.EnumerateFiles(site.Output, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(site.Output, f)).ToList();
        Assert.DoesNotContain(files, f => f.Contains("page/", StringComparison.Ordinal) || f.Contains("questions-2", StringComparison.Ordinal));
        Assert.DoesNotContain("rel=\"next\"", site.ReadOutput("index.html"), StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"pager\"", site.ReadOutput("tags/cause/index.html"), StringComparison.Ordinal);
        Assert.DoesNotContain("\"pageCount\"", site.ReadOutput("api/v1/questions.json"), StringComparison.Ordinal);
        Assert.Equal(37, Page(site, "/guide/embed/tags/cause/").QuerySelectorAll("details.embed-answer").Length);
    }

    [Fact]
    public void With_default_settings_no_list_page_of_a_big_guide_passes_300_KB()
    {
        // Answers of about 6 KB, as in the benchmark corpus, so tag embeds are as heavy as there.
        const int count = 1200;
        using var site = new TestSite();
        var paragraph = string.Concat(Enumerable.Repeat("Easy running keeps the back moving and most pain settles within weeks. ", 12));
        var body = string.Join("\n\n", Enumerable.Repeat(paragraph, 7)) + "\n";
        for (var i = 0; i < count; i++)
        {
            site.Question($"q-{i:D4}", $"Question number {i} about running with a sore lower back?", body,
                tags: i % 7 == 0 ? "[cause, red-flag]" : i % 2 == 0 ? "[cause, remedy]" : "[remedy]", related: $"[q-{(i + 1) % count:D4}]");
        }
        Assert.True(site.Build().Succeeded);
        var pages = Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(Path.Combine(site.Output, "api", "v1"), "questions*.json"))
            .Select(f => (File: Path.GetRelativePath(site.Output, f), Size: new FileInfo(f).Length)).ToList();
        Assert.Contains(pages, p => p.File.Contains("page/", StringComparison.Ordinal));
        var biggest = pages.MaxBy(p => p.Size);
        Assert.True(biggest.Size <= 300 * 1024, $"{biggest.File} is {biggest.Size:N0} bytes");
    }

    [Theory]
    [InlineData("pagination:\n  questions_per_page: 0\n", "BG027", 2, 23)]
    [InlineData("pagination:\n  questions_per_page: many\n", "BG027", 2, 23)]
    [InlineData("pagination:\n  answers_per_embed: 1000000000\n", "BG027", 2, 22)]
    [InlineData("pagination:\n  answers_per_embed: -4\n", "BG027", 2, 22)]
    [InlineData("pagination: 200\n", "BG016", 1, 13)]
    [InlineData("pagination:\n  per_page: 20\n", "BG015", 2, 3)]
    public void A_bad_pagination_setting_is_reported_at_its_position(string yaml, string code, int line, int column)
    {
        using var site = new TestSite();
        site.Write("input/site.yml", TestSite.SiteYml + "\n" + yaml);
        site.Question("a", "A question?");
        var result = site.Build();
        Assert.False(result.Succeeded);
        var lines = TestSite.SiteYml.Split('\n').Length;
        Assert.Contains(result.Diagnostics, d => d.Code == code && d.Line == lines + line && d.Column == column);
        Assert.False(Directory.Exists(site.Output));
    }
}
