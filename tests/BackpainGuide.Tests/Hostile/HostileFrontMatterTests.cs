using System.Text.Json;
using System.Xml.Linq;
using AngleSharp.Html.Parser;
using BackpainGuide.Tests.Support;

namespace BackpainGuide.Tests.Hostile;

/// <summary>
/// Front matter and settings values end up in HTML text, attributes, JSON-LD, search.json and
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
    public void Search_data_parses_and_keeps_the_title_as_text() =>
        Assert.Contains(Title, Strings(JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "search.json"))).RootElement));

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
