using System.IO.Compression;
using AngleSharp.Dom;

namespace BackpainGuide.Tests.Site;

/// <summary>
/// A first visit to any page of the built guide, with nothing cached, stays small: its HTML, the
/// stylesheets and the scripts it loads, each gzip-compressed as a server would send them, under
/// 30 KB together. No web fonts, and no script holds up the parser.
/// </summary>
public class PageWeightTests(RealGuideFixture fixture) : IClassFixture<RealGuideFixture>
{
    public const int BudgetBytes = 30 * 1024;

    /// <summary>The one script that may hold the first paint: it applies a remembered theme, and must stay tiny.</summary>
    private const int RenderBlockingScriptBudget = 2048;

    private static int Gzipped(byte[] bytes)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.SmallestSize, leaveOpen: true)) gzip.Write(bytes);
        return (int)buffer.Length;
    }

    /// <summary>The files a first visit loads: the page, then every stylesheet and script it links (each once).</summary>
    private List<(string File, int Compressed)> FirstVisit(string page, IDocument doc)
    {
        var files = new List<string> { page };
        foreach (var e in doc.QuerySelectorAll("link[rel=stylesheet][href], script[src]"))
        {
            var url = e.GetAttribute("href") ?? e.GetAttribute("src")!;
            var file = fixture.Site.FileOf(url) ?? throw new Xunit.Sdk.XunitException($"{page}: {url} is not on the site");
            if (!files.Contains(file)) files.Add(file);
        }
        return files.Select(f => (f, Gzipped(File.ReadAllBytes(Path.Combine(fixture.Site.Output, f))))).ToList();
    }

    [Fact]
    public void A_first_visit_to_any_page_is_under_30_KB_compressed()
    {
        var over = new List<string>();
        var kinds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (page, doc) in fixture.Site.Pages)
        {
            var visit = FirstVisit(page, doc);
            var total = visit.Sum(v => v.Compressed);
            Assert.True(visit.Count >= 2, $"{page}: expected a stylesheet at least");
            kinds.Add(page.Split('/')[0]);
            if (total >= BudgetBytes) over.Add($"{page}: {total} bytes ({string.Join(", ", visit.Select(v => $"{v.File} {v.Compressed}"))})");
        }
        Assert.Superset(new HashSet<string>(["index.html", "questions", "tags", "about", "search", "404.html", "embed"]), kinds);
        Assert.True(over.Count == 0, "over the budget:\n" + string.Join('\n', over));
    }

    [Fact]
    public void The_budget_check_counts_what_a_page_loads()
    {
        // A page's total grows with the script it links: the measure is not of the HTML alone.
        var (page, doc) = fixture.Site.Pages.First(p => p.Value.QuerySelector("script[src*='search.js']") is not null);
        var visit = FirstVisit(page, doc);
        Assert.Contains(visit, v => v.File == "assets/search.js" && v.Compressed > 1000);
        Assert.Contains(visit, v => v.File == "assets/site.css" && v.Compressed > 1000);
    }

    [Fact]
    public void No_page_uses_web_fonts()
    {
        foreach (var css in Directory.GetFiles(fixture.Site.Output, "*.css", SearchOption.AllDirectories))
        {
            Assert.DoesNotContain("@font-face", File.ReadAllText(css), StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("@import", File.ReadAllText(css), StringComparison.OrdinalIgnoreCase);
        }
        string[] fontTypes = [".woff", ".woff2", ".ttf", ".otf", ".eot"];
        Assert.DoesNotContain(Directory.GetFiles(fixture.Site.Output, "*", SearchOption.AllDirectories), f => fontTypes.Contains(Path.GetExtension(f)));
        foreach (var (page, doc) in fixture.Site.Pages)
        {
            Assert.True(doc.QuerySelector("link[as=font], link[href*='fonts.']") is null, page);
            Assert.All(doc.QuerySelectorAll("link[rel=stylesheet]"), l => Assert.StartsWith(fixture.Site.BasePath, l.GetAttribute("href")!, StringComparison.Ordinal));
        }
    }

    /// <summary>
    /// Every script is deferred or async, so none stops the parser. Only the theme scripts may also
    /// hold the first paint (blocking="render", so a remembered dark theme never flashes light), and
    /// they are tiny.
    /// </summary>
    [Fact]
    public void No_script_blocks_the_parser_and_only_a_tiny_theme_script_holds_the_first_paint()
    {
        foreach (var (page, doc) in fixture.Site.Pages)
        {
            foreach (var script in doc.QuerySelectorAll("script[src]"))
            {
                var src = script.GetAttribute("src")!;
                Assert.True(script.HasAttribute("defer") || script.HasAttribute("async") || script.GetAttribute("type") == "module",
                    $"{page}: {src} blocks the parser");
                if (script.GetAttribute("blocking") is not { } blocking) continue;
                Assert.Equal("render", blocking);
                var bytes = File.ReadAllBytes(Path.Combine(fixture.Site.Output, fixture.Site.FileOf(src)!));
                Assert.True(bytes.Length < RenderBlockingScriptBudget, $"{page}: {src} holds the first paint and is {bytes.Length} bytes");
            }
            Assert.DoesNotContain(doc.QuerySelectorAll("script:not([src])"), s => s.GetAttribute("type") != "application/ld+json");
        }
    }
}
