using BackpainGuide.Layout;

namespace BackpainGuide.Tests.Layout;

public class EscapingTemplateContextTests
{
    private static string Render(string template, object model) =>
        TemplateSet.FromStrings(new Dictionary<string, string> { ["t"] = template }).Render("t", model);

    [Fact]
    public void Template_markup_is_written_as_is_and_values_are_escaped()
    {
        var html = Render("<p title=\"{{ title }}\">{{ title }}</p>", new { Title = "<img src=x onerror=\"alert(1)\">'" });
        Assert.Equal("<p title=\"&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&#39;\">&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&#39;</p>", html);
    }

    [Fact]
    public void Raw_html_is_written_unescaped()
    {
        Assert.Equal("<div><b>x</b></div>", Render("<div>{{ body }}</div>", new { Body = new RawHtml("<b>x</b>") }));
    }

    [Fact]
    public void Values_in_loops_and_functions_are_escaped_once()
    {
        var html = Render("{{ for t in tags }}[{{ t.name | string.upcase }}]{{ end }}", new { Tags = new[] { new { Name = "a&b" }, new { Name = "<c>" } } });
        Assert.Equal("[A&amp;B][&lt;C&gt;]", html);
    }

    [Fact]
    public void Strings_longer_than_a_mebibyte_are_not_truncated()
    {
        var big = new string('x', 3 * 1024 * 1024);
        Assert.Equal(big.Length + 2, Render("<{{ s }}>", new { S = big }).Length);
    }

    [Fact]
    public void Loops_over_more_than_a_thousand_items_complete()
    {
        var html = Render("{{ for i in items }}.{{ end }}", new { Items = Enumerable.Range(0, 20_000).ToArray() });
        Assert.Equal(20_000, html.Length);
    }
}
