using System.Text.Json;
using System.Xml.Linq;
using AngleSharp.Html.Parser;
using BackpainGuide.Tests.Support;

namespace BackpainGuide.Tests.Hostile;

/// <summary>
/// Front matter and settings values end up in HTML text, attributes, JSON-LD, the search index and
/// sitemap.xml. Every text value here carries markup, quotes and the closing sequences of
/// script blocks and CDATA; each output format must keep it as text.
/// </summary>
public sealed class HostileFrontMatterTests : IDisposable
{
    private const string Evil = "<script>alert(\"x\")</script> & 'q' \" ]]> </script><img src=x onerror=alert(1)>";

    private const string Title = "Is " + Evil + " safe?";

    private readonly TempFolder temp = new();

    private readonly string output;

    public HostileFrontMatterTests()
    {
        var input = Fixtures.CopyInput("valid", "minimal", temp);
        Replace(Path.Combine(input, "site.yml"), ("\"Fixture guide\"", Yaml("Guide " + Evil)), ("\"A tiny guide for tests.\"", Yaml(Evil)),
            ("\"General information only.\"", Yaml(Evil)));
        Replace(Path.Combine(input, "tags.yml"), ("\"Causes\"", Yaml("Causes " + Evil)), ("\"Why it hurts.\"", Yaml(Evil)));
        Replace(Path.Combine(input, "questions", "first.md"), ("\"Why does my back hurt?\"", Yaml(Title)), ("\"A short answer.\"", Yaml(Evil)),
            ("\"A source\"", Yaml("Source " + Evil)), ("\"A publisher\"", Yaml(Evil)));
        File.AppendAllText(Path.Combine(input, "site.yml"),
            $"licence: {Yaml("L " + Evil)}\nlicence_url: \"https://example.org/licence?a=1&b=\\\"2\\\"\"\nattribution: {Yaml("By " + Evil)}\n");
        output = temp["output"];
        var result = GuideCli.Run("build", "--quiet", "--input", input, "--output", output);
        Assert.True(result.ExitCode == 0, result.Stdout + result.Stderr);
    }

    public void Dispose() => temp.Dispose();

    [Fact]
    public void No_page_gains_a_script_event_attribute_or_script_url() => OutputSafety.AssertSafe(output);

    [Fact]
    public void Every_json_ld_block_parses_and_one_holds_the_title_as_a_string() =>
        Assert.Contains(OutputSafety.AssertSafe(output), doc => Strings(doc.RootElement).Contains(Title));

    [Fact]
    public void The_page_heading_shows_the_title_as_text() =>
        Assert.Equal(Title, Page("questions/first/index.html").QuerySelector("h1")!.TextContent);

    [Fact]
    public void The_page_title_element_shows_the_title_as_text() =>
        Assert.Contains(Title, Page("questions/first/index.html").Title, StringComparison.Ordinal);

    [Fact]
    public void Search_records_parse_and_keep_the_title_as_text()
    {
        var index = Path.Combine(output, "search", "index");
        var size = JsonDocument.Parse(File.ReadAllText(Path.Combine(index, "meta.json"))).RootElement.GetProperty("recordBytes").GetInt32();
        var records = File.ReadAllBytes(Path.Combine(index, "docs-000.bin")).Chunk(size).Select(r => JsonDocument.Parse(r).RootElement);
        Assert.Contains(records, r => Strings(r).Contains(Title));
    }

    [Fact]
    public void The_embed_page_shows_the_title_and_the_credit_as_text()
    {
        var page = Page("embed/questions/first/index.html");
        Assert.Equal(Title, page.QuerySelector("h1")!.TextContent);
        var credit = page.QuerySelector(".embed-credit")!;
        Assert.Contains("By " + Evil, credit.TextContent, StringComparison.Ordinal);
        Assert.Equal("L " + Evil, credit.QuerySelector("a[rel~=license]")!.TextContent);
        Assert.Equal("https://example.org/licence?a=1&b=\"2\"", credit.QuerySelector("a[rel~=license]")!.GetAttribute("href"));
        Assert.Empty(page.QuerySelectorAll("img"));
    }

    [Fact]
    public void The_tag_embed_shows_every_title_as_text() =>
        Assert.Contains(Title, Page("embed/tags/cause/index.html").QuerySelectorAll("details summary").Select(s => s.TextContent));

    [Fact]
    public void The_share_snippet_is_text_on_the_page_and_markup_only_where_we_made_it()
    {
        var snippet = Page("questions/first/index.html").QuerySelector("#bgShareSnippet")!.TextContent;
        using var parsed = new HtmlParser().ParseDocument(snippet);
        Assert.Equal(Title, parsed.QuerySelector("[data-backpain-question=first] blockquote a")!.TextContent);
        Assert.Equal(Evil, parsed.QuerySelectorAll("blockquote p")[1].TextContent);
        Assert.Equal(["https://example.org/guide/embed.js"], parsed.QuerySelectorAll("script").Select(e => e.GetAttribute("src")));
        Assert.Empty(parsed.QuerySelectorAll("img"));
    }

    [Fact]
    public void The_oembed_html_is_one_frame_whose_title_is_the_question()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "oembed", "questions", "first.json")));
        Assert.Equal(Title, json.RootElement.GetProperty("title").GetString());
        Assert.Equal("By " + Evil, json.RootElement.GetProperty("author_name").GetString());
        using var fragment = new HtmlParser().ParseDocument(json.RootElement.GetProperty("html").GetString()!);
        Assert.Equal(Title, fragment.QuerySelector("iframe")!.GetAttribute("title"));
        Assert.Single(fragment.Body!.Children);
    }

    [Fact]
    public void The_api_keeps_title_licence_and_attribution_as_text()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "api", "v1", "questions", "first.json")));
        Assert.Equal(Title, json.RootElement.GetProperty("name").GetString());
        Assert.Equal("L " + Evil, json.RootElement.GetProperty("license").GetProperty("name").GetString());
        Assert.Equal("By " + Evil, json.RootElement.GetProperty("creditText").GetString());
        var text = File.ReadAllText(Path.Combine(output, "api", "v1", "questions.json"));
        Assert.DoesNotContain("<script", text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Llms_txt_keeps_the_title_as_markdown_text()
    {
        var html = Markdig.Markdown.ToHtml(File.ReadAllText(Path.Combine(output, "llms.txt")));
        using var document = new HtmlParser().ParseDocument(html);
        Assert.Contains(Title, document.QuerySelectorAll("li a").Select(a => a.TextContent));
        Assert.Empty(document.QuerySelectorAll("script, img"));
        var full = new HtmlParser().ParseDocument(Markdig.Markdown.ToHtml(File.ReadAllText(Path.Combine(output, "llms-full.txt"))));
        Assert.Contains(Title, full.QuerySelectorAll("h2").Select(h => h.TextContent));
        Assert.Empty(full.QuerySelectorAll("script, img"));
    }

    [Fact]
    public void The_breadcrumbs_show_the_tag_and_the_title_as_text_and_their_json_ld_keeps_them()
    {
        var page = Page("questions/first/index.html");
        Assert.Equal(["Home", "Causes " + Evil, Title], page.QuerySelectorAll(".breadcrumbs a").Select(a => a.TextContent));
        using var json = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent);
        var names = json.RootElement.GetProperty("breadcrumb").GetProperty("itemListElement").EnumerateArray()
            .Select(i => i.GetProperty("name").GetString()).ToList();
        Assert.Equal(["Guide " + Evil, "Causes " + Evil, Title], names);
    }

    [Fact]
    public void The_manifest_parses_and_keeps_the_site_title_as_text()
    {
        var text = File.ReadAllText(Path.Combine(output, "manifest.webmanifest"));
        Assert.DoesNotContain("<", text, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(text);
        Assert.Equal("Guide " + Evil, json.RootElement.GetProperty("name").GetString());
        Assert.Equal(Evil, json.RootElement.GetProperty("description").GetString());
    }

    [Fact]
    public void Sitemap_parses_as_xml() => Assert.NotEmpty(XDocument.Load(Path.Combine(output, "sitemap.xml")).Root!.Elements());

    private AngleSharp.Html.Dom.IHtmlDocument Page(string relative) =>
        new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(output, relative)));

    private static List<string> Strings(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString()!],
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Strings).ToList(),
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Strings(p.Value)).ToList(),
        _ => [],
    };

    private static string Yaml(string text) => "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    private static void Replace(string file, params (string From, string To)[] edits)
    {
        var text = File.ReadAllText(file);
        foreach (var (from, to) in edits)
        {
            Assert.Contains(from, text, StringComparison.Ordinal);
            text = text.Replace(from, to, StringComparison.Ordinal);
        }
        File.WriteAllText(file, text);
    }
}
