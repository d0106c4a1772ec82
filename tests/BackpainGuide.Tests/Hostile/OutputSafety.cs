using System.Text.Json;
using AngleSharp.Html.Parser;

namespace BackpainGuide.Tests.Hostile;

/// <summary>
/// Checks a built site the way a browser would read it: parses every HTML page and fails on any
/// script that is not the theme's own or JSON-LD, any on* attribute, and any URL attribute with
/// a script-running scheme, and any inline style (the Content-Security-Policy blocks them, so
/// they would only look broken). Returns the parsed JSON-LD blocks for further checks.
/// </summary>
internal static class OutputSafety
{
    private static readonly string[] UrlAttributes = ["href", "src", "action", "formaction", "srcset", "poster", "xlink:href"];

    private static readonly string[] BadSchemes = ["javascript:", "vbscript:", "data:"];

    public static List<JsonDocument> AssertSafe(string output)
    {
        var jsonLd = new List<JsonDocument>();
        foreach (var file in Directory.EnumerateFiles(output, "*.html", SearchOption.AllDirectories))
        {
            jsonLd.AddRange(AssertSafeHtml(File.ReadAllText(file), Path.GetRelativePath(output, file)));
        }
        AssertSafeData(output);
        return jsonLd;
    }

    /// <summary>
    /// Every JSON file parses; every oEmbed html snippet is a lone sandboxed frame; llms.txt and
    /// llms-full.txt, read as Markdown the way a consumer would render them, hold no HTML element.
    /// </summary>
    public static void AssertSafeData(string output)
    {
        foreach (var file in Directory.EnumerateFiles(output, "*.json", SearchOption.AllDirectories))
        {
            var name = Path.GetRelativePath(output, file);
            using var json = JsonDocument.Parse(File.ReadAllText(file));
            if (!name.StartsWith("oembed", StringComparison.Ordinal)) continue;
            var html = json.RootElement.GetProperty("html").GetString()!;
            AssertSafeHtml(html, name + " html");
            using var fragment = new HtmlParser().ParseDocument(html);
            Assert.Equal(["iframe"], fragment.Body!.Children.Select(e => e.LocalName));
            Assert.Equal("allow-scripts allow-popups allow-popups-to-escape-sandbox", fragment.Body.Children[0].GetAttribute("sandbox"));
        }
        foreach (var name in new[] { "llms.txt", "llms-full.txt" })
        {
            var path = Path.Combine(output, name);
            if (!File.Exists(path)) continue;
            var html = Markdig.Markdown.ToHtml(File.ReadAllText(path));
            using var document = new HtmlParser().ParseDocument(html);
            var allowed = new HashSet<string>(StringComparer.Ordinal) { "html", "head", "body", "h1", "h2", "h3", "h4", "h5", "h6", "p", "ul", "li", "a", "blockquote", "strong" };
            var unexpected = document.All.Select(e => e.LocalName).Where(n => !allowed.Contains(n)).Distinct().ToList();
            Assert.True(unexpected.Count == 0, $"{name} renders to unexpected elements: {string.Join(", ", unexpected)}");
            AssertSafeHtml(html, name + " as Markdown");
        }
    }

    /// <summary>Checks one page or fragment; <paramref name="page"/> names it in failures.</summary>
    public static List<JsonDocument> AssertSafeHtml(string html, string page)
    {
        var jsonLd = new List<JsonDocument>();
        using var document = new HtmlParser().ParseDocument(html);
        foreach (var element in document.All)
        {
            Assert.False(element.LocalName == "style" || element.HasAttribute("style"),
                $"{page}: inline style, which the Content-Security-Policy blocks: {element.OuterHtml}");
            foreach (var attribute in element.Attributes)
            {
                Assert.False(attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase),
                    $"{page}: <{element.LocalName}> has event attribute {attribute.Name}=\"{attribute.Value}\"");
                if (UrlAttributes.Contains(attribute.Name.ToLowerInvariant()))
                {
                    // Browsers drop whitespace and control characters when they read a scheme.
                    var url = new string(attribute.Value.Where(c => c > ' ' && c != '\u007f').ToArray()).ToLowerInvariant();
                    Assert.False(BadSchemes.Any(s => url.StartsWith(s, StringComparison.Ordinal)),
                        $"{page}: <{element.LocalName} {attribute.Name}=\"{attribute.Value}\">");
                }
            }
            if (element.LocalName != "script") continue;
            if (element.GetAttribute("type") == "application/ld+json")
            {
                jsonLd.Add(JsonDocument.Parse(element.TextContent));
                continue;
            }
            var src = element.GetAttribute("src");
            // The theme's scripts, and the one an embed page runs to report its height.
            Assert.True(src is not null && (src.Contains("/assets/", StringComparison.Ordinal) || src.Contains("/embed/frame.js?v=", StringComparison.Ordinal))
                && element.TextContent.Length == 0,
                $"{page}: unexpected script element {element.OuterHtml}");
        }
        return jsonLd;
    }
}
