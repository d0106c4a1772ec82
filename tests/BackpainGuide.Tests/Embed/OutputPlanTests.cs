using BackpainGuide.Layout;
using BackpainGuide.Model;

namespace BackpainGuide.Tests.Embed;

/// <summary>The plan runs item units before aggregates, hands aggregates what was planned, and refuses a path planned twice.</summary>
public sealed class OutputPlanTests
{
    private sealed class Files(string name, params string[] paths) : IOutputUnit
    {
        public string Name => name;

        public IEnumerable<OutputFile> Plan(LayoutContext context) =>
            paths.Select(p => new OutputFile(p, () => [], new SitemapEntry("https://example.org/" + p)));
    }

    private sealed class Count : IAggregateUnit
    {
        public string Name => "count";

        public IEnumerable<OutputFile> Plan(LayoutContext context, IReadOnlyList<OutputFile> planned)
        {
            var n = planned.Count(f => f.Sitemap is not null);
            yield return new OutputFile("count.txt", () => System.Text.Encoding.UTF8.GetBytes(n.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }
    }

    [Fact]
    public void Aggregates_see_every_item_output()
    {
        var files = OutputPlan.Plan(null!, [new Files("a", "a.html", "b.html"), new Files("c", "c.html")], [new Count()]);
        Assert.Equal(["a.html", "b.html", "c.html", "count.txt"], files.Select(f => f.Path));
        Assert.Equal("3"u8.ToArray(), files[^1].Content());
    }

    [Fact]
    public void A_path_planned_twice_is_refused_naming_both_units()
    {
        var error = Assert.Throws<InvalidOperationException>(() =>
            OutputPlan.Plan(null!, [new Files("pages", "embed/index.html"), new Files("explainer", "embed/index.html")], []));
        Assert.Contains("'embed/index.html' is planned twice: by pages and by explainer", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_unit_of_the_site_has_its_own_name()
    {
        var names = SiteUnits.Items.Select(u => u.Name).Concat(SiteUnits.Aggregates.Select(u => u.Name)).ToList();
        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
    }
}
