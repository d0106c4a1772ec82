using System.Globalization;
using System.Text.RegularExpressions;
using BackpainGuide.Diagnostics;
using BackpainGuide.Load;
using BackpainGuide.Tests.Support;

namespace BackpainGuide.Tests.Site;

/// <summary>
/// The body map of the built guide, read with AngleSharp: every region of regions.yml is a named
/// link in the SVG and in the plain list beside it, to a region page that lists exactly the
/// questions whose where: names it (warning signs first), in the sitemap; the links run top to
/// bottom; and the red-flag pages lead with their card and say how urgently in cards.
/// </summary>
public partial class BodyMapTests(RealGuideFixture fixture) : IClassFixture<RealGuideFixture>
{
    private static Model.BodyMap Map()
    {
        var diagnostics = new DiagnosticBag();
        var (ok, map) = RegionsLoader.Load(new InputFolder(Paths.Input, Paths.RepoRoot).File("regions.yml"), diagnostics);
        Assert.True(ok && map is not null, string.Join('\n', diagnostics.All()));
        return map!;
    }

    private static Dictionary<string, string[]> WhereOfQuestions() =>
        Directory.GetFiles(Path.Combine(Paths.Input, "questions"), "*.md").ToDictionary(
            f => Path.GetFileNameWithoutExtension(f),
            f => WhereLine().Match(File.ReadAllText(f)) is { Success: true } m
                ? m.Groups[1].Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                : []);

    [GeneratedRegex(@"^where: \[(.*)\]$", RegexOptions.Multiline)]
    private static partial Regex WhereLine();

    [Fact]
    public void The_home_page_map_links_every_region_in_the_figure_and_in_the_list()
    {
        var map = Map();
        var home = fixture.Site.Pages["index.html"];
        var svg = home.QuerySelector("section.body-map svg.body-map-figure")!;
        Assert.NotNull(svg);
        Assert.Equal("group", svg.GetAttribute("role"));
        Assert.False(string.IsNullOrWhiteSpace(svg.GetAttribute("aria-label")));
        var links = svg.QuerySelectorAll("a").ToList();
        Assert.Equal(map.Regions.Sum(r => r.Shapes.Count), links.Count);
        Assert.All(links, a =>
        {
            Assert.False(string.IsNullOrWhiteSpace(a.GetAttribute("aria-label")));
            Assert.Equal(a.GetAttribute("aria-label"), a.QuerySelector("title")!.TextContent);
            Assert.NotNull(a.QuerySelector("path[d]"));
        });
        var expected = map.Regions.Select(r => $"/backpain-guide/where/{r.Name}/").ToList();
        Assert.Equal(expected, links.Select(a => a.GetAttribute("href")!).Distinct().ToList());
        var list = home.QuerySelectorAll("section.body-map ul.body-map-list a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Equal(expected, list);
        Assert.Equal(map.Regions.Select(r => r.Title), home.QuerySelectorAll("section.body-map ul.body-map-list a").Select(a => a.TextContent));
        // Sides are the reader's own.
        Assert.Contains(links, a => a.GetAttribute("aria-label")!.Contains("your left", StringComparison.Ordinal));
        Assert.Contains(links, a => a.GetAttribute("aria-label")!.Contains("your right", StringComparison.Ordinal));
        Assert.Empty(fixture.Site.BrokenLinks());
    }

    [Fact]
    public void The_figures_links_run_top_to_bottom_and_name_left_and_right_as_drawn()
    {
        var links = fixture.Site.Pages["index.html"].QuerySelectorAll("svg.body-map-figure a").ToList();
        var tops = links.Select(a => Ys(a.QuerySelector("path")!.GetAttribute("d")!).Min()).ToList();
        for (var i = 1; i < tops.Count; i++) Assert.True(tops[i] >= tops[i - 1], $"link {i + 1} starts above link {i}");
        // A back view: the reader's left side is drawn on the left half of the figure.
        var width = double.Parse(links[0].ParentElement!.GetAttribute("viewBox")!.Split(' ')[2], CultureInfo.InvariantCulture);
        foreach (var a in links)
        {
            var xs = Xs(a.QuerySelector("path")!.GetAttribute("d")!);
            var label = a.GetAttribute("aria-label")!;
            if (label.Contains("your left", StringComparison.Ordinal)) Assert.True(xs.Max() <= width / 2 + 1, label);
            if (label.Contains("your right", StringComparison.Ordinal)) Assert.True(xs.Min() >= width / 2 - 1, label);
        }
    }

    private static IEnumerable<double> Numbers(string d) =>
        Regex.Matches(d, @"-?\d+(\.\d+)?").Select(m => double.Parse(m.Value, CultureInfo.InvariantCulture));

    // The guide's paths are absolute M, L and Q commands: numbers alternate x, y.
    private static List<double> Xs(string d) => Numbers(d).Where((_, i) => i % 2 == 0).ToList();

    private static List<double> Ys(string d) => Numbers(d).Where((_, i) => i % 2 == 1).ToList();

    [Fact]
    public void Each_region_page_lists_exactly_its_questions_warning_signs_first()
    {
        var where = WhereOfQuestions();
        foreach (var region in Map().Regions)
        {
            var page = fixture.Site.Pages[$"where/{region.Name}/index.html"];
            Assert.Equal(region.Title, page.QuerySelector("main h1")!.TextContent);
            var items = page.QuerySelectorAll("main .question-list li").ToList();
            var listed = items.Select(li => li.QuerySelector("a")!.GetAttribute("href")!.Split('/')[^2]).ToList();
            var expected = where.Where(q => q.Value.Contains(region.Name)).Select(q => q.Key).Order(StringComparer.Ordinal).ToList();
            Assert.Equal(expected, listed.Order(StringComparer.Ordinal).ToList());
            Assert.True(listed.Count > 0, $"{region.Name}: no question names this area");
            var flags = items.Select(li => li.ClassList.Contains("is-red-flag")).ToList();
            Assert.Equal(flags.OrderByDescending(f => f).ToList(), flags);
            Assert.All(items.Where(li => li.ClassList.Contains("is-red-flag")), li => Assert.NotNull(li.QuerySelector(".flag")));
        }
    }

    [Fact]
    public void Region_pages_are_in_the_sitemap()
    {
        var sitemap = File.ReadAllText(Path.Combine(fixture.Site.Output, "sitemap.xml"));
        Assert.All(Map().Regions, r => Assert.Contains($"<loc>https://backpain-guide.github.io/backpain-guide/where/{r.Name}/</loc>", sitemap, StringComparison.Ordinal));
    }

    [Fact]
    public void The_saddle_area_page_lists_the_emergency_question_first()
    {
        var first = fixture.Site.Pages["where/saddle-area/index.html"].QuerySelector("main .question-list li")!;
        Assert.True(first.ClassList.Contains("is-red-flag"));
    }

    [Theory]
    [MemberData(nameof(RealGuideTests.QuestionSlugs), MemberType = typeof(RealGuideTests))]
    public void Red_flag_pages_lead_with_their_card_and_say_how_urgently_in_cards(string slug)
    {
        var page = fixture.Site.Pages[$"questions/{slug}/index.html"];
        if (!page.Body!.ClassList.Contains("red-flag")) return;
        var article = page.QuerySelector("article.question-page")!;
        var firstBlock = article.Children.First(e => e.TagName is "ASIDE" or "DIV");
        Assert.True(firstBlock.ClassList.Contains("care-card-emergency"), $"{slug}: the page does not lead with its card");
        Assert.StartsWith("Immediate action required:", firstBlock.QuerySelector(".care-card-heading")!.TextContent, StringComparison.Ordinal);
        var cards = page.QuerySelectorAll(".answer .care-card").Select(c => c.ClassName).ToList();
        Assert.Contains("care-card care-card-emergency", cards);
        Assert.Contains("care-card care-card-urgent", cards);
        Assert.Contains("care-card care-card-see-gp", cards);
        Assert.StartsWith("Immediate action required: Call 999 or go to A&E now",
            page.QuerySelector(".answer .care-card-emergency .care-card-heading")!.TextContent, StringComparison.Ordinal);
    }
}
