using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using BackpainGuide.Tests.Site;
using BackpainGuide.Tests.Support;

namespace BackpainGuide.Tests.Embed;

/// <summary>The real guide's embed pages, oEmbed and API documents, read with AngleSharp and System.Text.Json against the pages they describe.</summary>
public sealed class EmbedOutputTests(RealGuideFixture fixture) : IClassFixture<RealGuideFixture>
{
    private const string Origin = "https://backpain-guide.github.io";
    private const string Base = Origin + "/backpain-guide/";

    private BuiltSite Site => fixture.Site;

    public static TheoryData<string> QuestionSlugs() => new(Directory.GetFiles(Path.Combine(Paths.Input, "questions"), "*.md")
        .Select(Path.GetFileNameWithoutExtension).OfType<string>().Order(StringComparer.Ordinal));

    public static TheoryData<string> TagNames() => new(File.ReadAllLines(Path.Combine(Paths.Input, "tags.yml"))
        .Where(l => l.TrimStart().StartsWith("- name:", StringComparison.Ordinal))
        .Select(l => l.Split(':', 2)[1].Trim().Trim('"')).Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(QuestionSlugs))]
    public void Question_embed_is_the_answer_alone_with_credit_and_review_date(string slug)
    {
        var page = Site.Pages[$"questions/{slug}/index.html"];
        var embed = Site.Pages[$"embed/questions/{slug}/index.html"];
        AssertEmbedShell(embed, Base + $"questions/{slug}/");
        Assert.Equal(page.QuerySelector("h1")!.TextContent, embed.QuerySelector("h1")!.TextContent);
        Assert.Equal(page.QuerySelector(".answer")!.InnerHtml, embed.QuerySelector(".answer")!.InnerHtml);
        Assert.Equal(page.QuerySelector(".reviewed time")!.GetAttribute("datetime"), embed.QuerySelector(".reviewed time")!.GetAttribute("datetime"));
        Assert.Equal(Texts(page, ".sources li"), Texts(embed, ".sources li"));
        // The red-flag box is the question page's own partial: same markup where it applies, none elsewhere.
        Assert.Equal(page.QuerySelector(".red-flag-warning")?.OuterHtml, embed.QuerySelector(".red-flag-warning")?.OuterHtml);
        Assert.Equal(page.Body!.ClassList.Contains("red-flag"), embed.QuerySelector(".red-flag-warning") is not null);
    }

    [Theory]
    [MemberData(nameof(TagNames))]
    public void Tag_embed_lists_every_question_of_the_tag_each_opening_to_its_answer(string tag)
    {
        var page = Site.Pages[$"tags/{tag}/index.html"];
        var embed = Site.Pages[$"embed/tags/{tag}/index.html"];
        AssertEmbedShell(embed, Base + $"tags/{tag}/");
        var listed = page.QuerySelectorAll(".question-list li a").Select(a => a.TextContent).ToList();
        var details = embed.QuerySelectorAll("details.embed-answer").ToList();
        Assert.Equal(listed, details.Select(d => d.QuerySelector("summary")!.TextContent.Replace(" (warning signs)", "", StringComparison.Ordinal)).ToList());
        foreach (var d in details)
        {
            Assert.False(d.HasAttribute("open"));
            Assert.NotNull(d.QuerySelector(".answer p"));
            Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", d.QuerySelector(".reviewed time")!.GetAttribute("datetime")!);
            Assert.StartsWith(Base + "questions/", d.QuerySelector(".reviewed a")!.GetAttribute("href"), StringComparison.Ordinal);
        }
        var hasRedFlag = page.QuerySelectorAll(".question-list li.is-red-flag").Length > 0;
        Assert.Equal(hasRedFlag, embed.QuerySelector(".red-flag-warning") is not null);
    }

    [Theory]
    [MemberData(nameof(QuestionSlugs))]
    public void Question_oembed_and_api_documents_agree_with_the_page(string slug)
    {
        var page = Site.Pages[$"questions/{slug}/index.html"];
        var title = page.QuerySelector("h1")!.TextContent;
        var discovery = page.QuerySelector("link[rel=alternate][type='application/json+oembed']")!.GetAttribute("href")!;
        Assert.Equal(Base + $"oembed/questions/{slug}.json", discovery);
        using var oembed = Json(discovery);
        AssertOembed(oembed.RootElement, title, Base + $"embed/questions/{slug}/");

        using var api = Json(Base + $"api/v1/questions/{slug}.json");
        var q = api.RootElement;
        Assert.Equal(1, q.GetProperty("apiVersion").GetInt32());
        Assert.Equal("Question", q.GetProperty("@type").GetString());
        Assert.Equal(slug, q.GetProperty("slug").GetString());
        Assert.Equal(title, q.GetProperty("name").GetString());
        Assert.Equal(page.QuerySelector(".summary")!.TextContent, q.GetProperty("abstract").GetString());
        Assert.Equal(Base + $"questions/{slug}/", q.GetProperty("url").GetString());
        Assert.Equal(page.QuerySelector(".reviewed time")!.GetAttribute("datetime"), q.GetProperty("lastReviewed").GetString());
        Assert.Equal(Texts(page, ".tag-list a"), q.GetProperty("tags").EnumerateArray().Select(t => t.GetProperty("title").GetString()!).ToList());
        Assert.Equal(page.QuerySelectorAll(".sources li a").Select(a => a.GetAttribute("href")!).ToList(),
            q.GetProperty("citation").EnumerateArray().Select(c => c.GetProperty("url").GetString()!).ToList());
        Assert.Equal(Base + $"embed/questions/{slug}/", q.GetProperty("embedUrl").GetString());
        Assert.Equal("CC BY-SA 4.0", q.GetProperty("license").GetProperty("name").GetString());
        Assert.Contains("backpain-guide contributors", q.GetProperty("creditText").GetString(), StringComparison.Ordinal);

        var answer = q.GetProperty("acceptedAnswer");
        Assert.Equal("Answer", answer.GetProperty("@type").GetString());
        using var html = new HtmlParser().ParseDocument(answer.GetProperty("html").GetString()!);
        Assert.Equal(page.QuerySelector(".answer")!.TextContent.Trim(), html.Body!.TextContent.Trim());
        Assert.All(html.QuerySelectorAll("a[href]"), a => Assert.StartsWith("http", a.GetAttribute("href")!, StringComparison.Ordinal));
        Assert.Contains(page.QuerySelector(".answer p")!.TextContent, answer.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TagNames))]
    public void Tag_oembed_agrees_with_the_page(string tag)
    {
        var page = Site.Pages[$"tags/{tag}/index.html"];
        var discovery = page.QuerySelector("link[rel=alternate][type='application/json+oembed']")!.GetAttribute("href")!;
        using var oembed = Json(discovery);
        AssertOembed(oembed.RootElement, page.QuerySelector("h1")!.TextContent, Base + $"embed/tags/{tag}/");
    }

    [Fact]
    public void The_question_list_names_every_question_once_in_the_site_order()
    {
        using var list = Json(Base + "api/v1/questions.json");
        var items = list.RootElement.GetProperty("itemListElement").EnumerateArray().ToList();
        Assert.Equal(fixture.Questions.Count, list.RootElement.GetProperty("numberOfItems").GetInt32());
        var home = Site.Pages["index.html"];
        Assert.Equal(fixture.Questions.Order(StringComparer.Ordinal), items.Select(i => i.GetProperty("slug").GetString()!).Order(StringComparer.Ordinal));
        Assert.All(items, i => Assert.False(i.TryGetProperty("acceptedAnswer", out _)));
        Assert.Equal("CC BY-SA 4.0", list.RootElement.GetProperty("license").GetProperty("name").GetString());
        Assert.NotNull(home.QuerySelector($"a[href='/backpain-guide/questions/{items[0].GetProperty("slug").GetString()}/']"));
    }

    [Fact]
    public void Every_discovery_link_resolves_to_a_file_of_the_site()
    {
        var pages = Site.Pages.Where(p => p.Key.StartsWith("questions/", StringComparison.Ordinal) || p.Key.StartsWith("tags/", StringComparison.Ordinal)).ToList();
        Assert.Equal(fixture.Questions.Count + TagNames().Count, pages.Count);
        foreach (var (path, doc) in pages)
        {
            var links = doc.QuerySelectorAll("link[rel=alternate][type='application/json+oembed']");
            var href = Assert.Single(links).GetAttribute("href")!;
            Assert.True(File.Exists(Local(href)), $"{path}: discovery link {href} names no file");
        }
    }

    [Fact]
    public void Headers_let_anyone_frame_embeds_and_fetch_data_and_nothing_else()
    {
        var rules = Rules(File.ReadAllText(Path.Combine(Site.Output, "_headers")));
        Assert.Contains("frame-ancestors 'none'", rules["/backpain-guide/*"].Single(h => h.StartsWith("Content-Security-Policy:", StringComparison.Ordinal)), StringComparison.Ordinal);
        foreach (var embed in new[] { "/backpain-guide/embed/questions/*", "/backpain-guide/embed/tags/*" })
        {
            Assert.Equal(["! Content-Security-Policy", "! X-Frame-Options"], rules[embed].Take(2));
            var csp = rules[embed].Single(h => h.StartsWith("Content-Security-Policy:", StringComparison.Ordinal));
            Assert.Contains("frame-ancestors *", csp, StringComparison.Ordinal);
            Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
            Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        }
        Assert.Contains("Access-Control-Allow-Origin: *", rules["/backpain-guide/api/*"]);
        Assert.Contains("Access-Control-Allow-Origin: *", rules["/backpain-guide/oembed/*"]);
        // Only those rules loosen anything: no other rule names a frame or CORS header.
        var loosening = rules.Where(r => r.Value.Any(h => h.Contains("frame-ancestors *", StringComparison.Ordinal) || h.StartsWith("Access-Control", StringComparison.Ordinal)));
        Assert.Equal(["/backpain-guide/api/*", "/backpain-guide/embed/questions/*", "/backpain-guide/embed/tags/*", "/backpain-guide/oembed/*"],
            loosening.Select(r => r.Key).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Embed_script_is_small_and_served_at_a_stable_and_a_hashed_address()
    {
        var stable = File.ReadAllBytes(Path.Combine(Site.Output, "embed.js"));
        var hashed = Directory.GetFiles(Path.Combine(Site.Output, "embed"), "embed.*.js");
        Assert.Equal(stable, File.ReadAllBytes(Assert.Single(hashed)));
        using var gzipped = new MemoryStream();
        using (var gzip = new System.IO.Compression.GZipStream(gzipped, System.IO.Compression.CompressionLevel.SmallestSize, leaveOpen: true)) gzip.Write(stable);
        Assert.True(gzipped.Length <= 2048, $"embed.js is {gzipped.Length} bytes gzipped");
        Assert.DoesNotContain("import ", System.Text.Encoding.UTF8.GetString(stable), StringComparison.Ordinal);
    }

    [Fact]
    public void Llms_txt_lists_every_question_with_its_summary_and_llms_full_every_answer()
    {
        var llms = File.ReadAllText(Path.Combine(Site.Output, "llms.txt"));
        var full = File.ReadAllText(Path.Combine(Site.Output, "llms-full.txt"));
        Assert.StartsWith("# Running with lower back pain\n", llms, StringComparison.Ordinal);
        foreach (var slug in fixture.Questions)
        {
            Assert.Contains($"(<{Base}questions/{slug}/>): ", llms, StringComparison.Ordinal);
            var page = Site.Pages[$"questions/{slug}/index.html"];
            Assert.Contains($"URL: <{Base}questions/{slug}/>\nLast reviewed: {page.QuerySelector(".reviewed time")!.GetAttribute("datetime")}\n", full, StringComparison.Ordinal);
        }
        Assert.Equal(fixture.Questions.Count, llms.Split('\n').Count(l => l.StartsWith("- [", StringComparison.Ordinal) && l.Contains("/questions/", StringComparison.Ordinal)));
    }

    private static void AssertEmbedShell(IDocument embed, string canonical)
    {
        Assert.Null(embed.QuerySelector(".site-header, .site-nav, nav, form, .search-panel"));
        // No site chrome, but the emergency signs travel with every embedded answer.
        Assert.Contains("call 999", embed.QuerySelector(".urgent-banner")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("noindex", embed.QuerySelector("meta[name=robots]")!.GetAttribute("content"));
        Assert.NotNull(embed.QuerySelector("meta[name=responsive-embedded-sizing]"));
        Assert.Equal(canonical, embed.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Single(embed.QuerySelectorAll("h1"));
        var credit = embed.QuerySelector(".embed-credit")!;
        Assert.Contains("Written and reviewed by the backpain-guide contributors.", credit.TextContent, StringComparison.Ordinal);
        Assert.Equal("https://creativecommons.org/licenses/by-sa/4.0/", credit.QuerySelector("a[rel~=license]")!.GetAttribute("href"));
        Assert.Equal("CC BY-SA 4.0", credit.QuerySelector("a[rel~=license]")!.TextContent);
        Assert.Equal(canonical, credit.QuerySelector("a.read-more")!.GetAttribute("href"));
        Assert.Equal("_blank", embed.QuerySelector("base")!.GetAttribute("target"));
        Assert.Null(embed.QuerySelector("base")!.GetAttribute("href"));
        Assert.NotNull(embed.QuerySelector(".reviewed time[datetime]"));
        // Nothing inline: the policy forbids it, and the page does not need it.
        Assert.Empty(embed.QuerySelectorAll("style, [style], script:not([src])"));
        Assert.DoesNotContain("unsafe-inline", embed.QuerySelector("meta[http-equiv=Content-Security-Policy]")!.GetAttribute("content"), StringComparison.Ordinal);
    }

    private static void AssertOembed(JsonElement o, string title, string embedUrl)
    {
        Assert.Equal("1.0", o.GetProperty("version").GetString());
        Assert.Equal("rich", o.GetProperty("type").GetString());
        Assert.Equal(title, o.GetProperty("title").GetString());
        Assert.Equal("Running with lower back pain", o.GetProperty("provider_name").GetString());
        Assert.Equal(Base, o.GetProperty("provider_url").GetString());
        Assert.True(o.GetProperty("width").GetInt32() > 0 && o.GetProperty("height").GetInt32() > 0);
        Assert.True(o.GetProperty("cache_age").GetInt32() > 0);
        using var html = new HtmlParser().ParseDocument(o.GetProperty("html").GetString()!);
        var frame = Assert.Single(html.Body!.Children);
        Assert.Equal("iframe", frame.LocalName);
        Assert.Equal(embedUrl, frame.GetAttribute("src"));
        Assert.Equal(title, frame.GetAttribute("title"));
    }

    private JsonDocument Json(string absolute) => JsonDocument.Parse(File.ReadAllText(Local(absolute)));

    private string Local(string absolute)
    {
        Assert.StartsWith(Base, absolute, StringComparison.Ordinal);
        return Path.Combine(Site.Output, Site.FileOf(absolute[Origin.Length..])!);
    }

    private static List<string> Texts(IDocument doc, string selector) => doc.QuerySelectorAll(selector).Select(e => e.TextContent).ToList();

    private static Dictionary<string, List<string>> Rules(string headers)
    {
        var rules = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        List<string>? current = null;
        foreach (var line in headers.Split('\n'))
        {
            if (line.Length == 0 || line.StartsWith('#')) continue;
            if (!char.IsWhiteSpace(line[0])) rules[line] = current = [];
            else current!.Add(line.Trim());
        }
        return rules;
    }
}
