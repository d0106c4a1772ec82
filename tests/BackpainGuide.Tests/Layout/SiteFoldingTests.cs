using BackpainGuide.Layout;
using CsCheck;
using Scriban.Syntax;

namespace BackpainGuide.Tests.Layout;

/// <summary>
/// Templates folded for a site (the parts that read only <c>site</c> written once per build) give
/// the same output as the templates as written, for the theme's own shapes and for random ones;
/// a theme that could rebind <c>site</c> is not folded, and a model with another site gets the
/// templates as written.
/// </summary>
public class SiteFoldingTests
{
    private static readonly SiteView Site = new("Guide <&> \"one\"", "About it", "en-GB", "Not advice & so on", "/", "/search/", "/urgent/",
        "When to <worry>", "/a.css?v=1", "/s.js?v=2",
        [new TagView("cause", "Causes", "Why", "/tags/cause/"), new TagView("red-flag", "Red <flags>", "Now", "/tags/red-flag/")],
        [new LinkView("About & more", "/about/")])
    {
        ThemeJsUrl = "/t.js",
    };

    private sealed record Model(SiteView Site, string Title, bool Flag, IReadOnlyList<string> Items, string Label);

    private static Model Page(SiteView site) => new(site, "A <page> & \"title\"", true, ["one", "<two>"], "box & label");

    private static readonly Dictionary<string, string> Partials = new()
    {
        ["box"] = "<b>{{ site.title }}|{{ label }}</b>{{ for t in site.tags }}{{ t.name }}{{ end }}",
    };

    private static TemplateSet Set(string template) =>
        TemplateSet.FromStrings(new Dictionary<string, string>(Partials) { ["t"] = template });

    private static string Outcome(Func<string> render)
    {
        try
        {
            return render();
        }
        catch (Exception e)
        {
            return "threw " + e.GetType().Name;
        }
    }

    private static int Statements(ScriptNode node)
    {
        var counter = new StatementCounter();
        counter.Visit(node);
        return counter.Count;
    }

    private sealed class StatementCounter : ScriptVisitor
    {
        public int Count { get; private set; }

        public override void Visit(ScriptNode? node)
        {
            if (node is ScriptStatement and not ScriptBlockStatement) Count++;
            base.Visit(node);
        }
    }

    [Theory]
    [InlineData("<title>{{ site.title }}</title>{{ site.text.skip_link }}", true)]
    [InlineData("<ul>{{~ for t in site.tags ~}}<li{{ if t.name == \"red-flag\" }} class=\"r\"{{ end }}>{{ t.title }}{{ if !for.last }},{{ end }}</li>{{~ end ~}}</ul>", true)]
    [InlineData("{{~ if site.theme_js_url != \"\" ~}}\n<script src=\"{{ site.theme_js_url }}\"></script>\n{{~ end ~}}", true)]
    [InlineData("{{ if flag }}<h1>{{ title }}</h1><p>{{ site.text.menu }} {{ site.tags.size }} {{ site.tags[1].title }}</p>{{ end }}", true)]
    [InlineData("{{ for i in items }}{{ site.title }}{{ i }}{{ end }}", true)]
    [InlineData("{{ title }}{{ site.language | string.replace \"-\" \"_\" }}{{ partial \"box\" }}", false)]
    [InlineData("{{ for i in items }}{{ if for.last }}{{ site.title }}{{ end }}{{ end }}", false)]
    public void The_theme_s_shapes_give_the_same_page_folded_and_fewer_statements_where_only_site_is_read(string template, bool fewer)
    {
        var plain = Set(template);
        var folded = plain.ForSite(Site);
        Assert.Equal(plain.Render("t", Page(Site)), folded.Render("t", Page(Site)));
        Assert.NotNull(folded.Folded);
        var (before, after) = (Statements(plain.Templates["t"].Page!), Statements(folded.Folded!["t"].Page!));
        if (fewer) Assert.True(after < before, $"{before} statements before folding, {after} after");
        else Assert.True(after <= before);
    }

    [Theory]
    [InlineData("{{ site = \"other\" }}{{ site }}")]
    [InlineData("{{ for site in items }}{{ site }}{{ end }}{{ site.title }}")]
    [InlineData("{{ capture site }}x{{ end }}{{ site }}")]
    [InlineData("{{ func f; ret 1; end }}{{ site.title }}")]
    [InlineData("{{ with site }}{{ title }}{{ end }}")]
    public void A_theme_that_could_give_site_another_value_is_not_folded(string template)
    {
        var plain = Set(template);
        var folded = plain.ForSite(Site);
        Assert.Null(folded.Folded);
        Assert.Equal(Outcome(() => plain.Render("t", Page(Site))), Outcome(() => folded.Render("t", Page(Site))));
    }

    [Fact]
    public void A_model_with_another_site_gets_the_templates_as_written()
    {
        var folded = Set("{{ site.title }}|{{ partial \"box\" }}").ForSite(Site);
        var other = Site with { Title = "Another guide" };
        var page = folded.Render("t", Page(other));
        Assert.StartsWith("Another guide|<b>Another guide|", page);
        Assert.DoesNotContain("Guide &lt;&amp;&gt;", page);
    }

    // Random templates from the shapes a theme uses: text, site's values, the page's values, ifs,
    // loops over site's lists and the page's, for.*, assignments, pipes and a partial, nested.
    private static readonly string[] Leaves =
    [
        "<p class=\"x\">", "text & more\n", "{{ site.title }}", "{{ site.text.skip_link }}", "{{ site.tags.size }}", "{{ title }}",
        "{{ label }}", "{{~ site.home_url ~}}", "{{ site.language | string.replace \"-\" \"_\" }}", "{{ x = site.title }}{{ x }}",
        "{{ site.tags[0].title }}", "{{ partial \"box\" }}", "{{ site.missing_member }}", "{{ for.index }}", "{{ t.title }}", "{{ i }}",
        "{{ site.text.menu | string.upcase }}", "{{ 1 + 2 }}", "{{ \"<lit>\" }}", "{{ !flag }}", "{{ site.icons.svg }}",
    ];

    private static readonly Gen<string> Leaf = Gen.OneOf(Leaves);

    private static Gen<string> Block(int depth) => depth == 0
        ? Leaf.Array[0, 4].Select(string.Concat)
        : Gen.Frequency(
            (3, Leaf),
            (1, Block(depth - 1).Select(b => "{{ if flag }}" + b + "{{ else }}-{{ end }}")),
            (1, Block(depth - 1).Select(b => "{{~ if site.theme_js_url != \"\" ~}}\n" + b + "\n{{~ end ~}}")),
            (1, Block(depth - 1).Select(b => "{{ for t in site.tags }}" + b + "{{ if !for.last }},{{ end }}{{ end }}")),
            (1, Block(depth - 1).Select(b => "{{ for i in items }}" + b + "{{ end }}")),
            (1, Block(depth - 1).Select(b => "{{ for t in site.tags }}{{ for i in items }}" + b + "{{ end }}{{ end }}")))
        .Array[1, 5].Select(string.Concat);

    [Fact]
    public void Random_templates_give_the_same_output_or_the_same_failure_folded_and_as_written() =>
        Block(2).Sample(template =>
        {
            var plain = Set(template);
            var folded = plain.ForSite(Site);
            var expected = Outcome(() => plain.Render("t", Page(Site)));
            Assert.Equal(expected, Outcome(() => folded.Render("t", Page(Site))));
            // Folding ran on the context pages render on: nothing of it, a failure included, is left there.
            Assert.Equal(expected, Outcome(() => plain.Render("t", Page(Site))));
            Assert.Equal(expected, Outcome(() => folded.Render("t", Page(Site))));
        }, iter: 1500);
}
