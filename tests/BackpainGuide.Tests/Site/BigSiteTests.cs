using BackpainGuide.Tests.Support;

namespace BackpainGuide.Tests.Site;

public class BigSiteTests
{
    [Fact]
    public void A_site_with_thousands_of_questions_lists_every_one_on_an_index_page_over_a_mebibyte()
    {
        // Scriban cuts strings over 1 MiB and stops loops after 1,000 items by default, silently.
        const int count = 4000;
        using var site = new TestSite();
        // One page for the whole index (pagination would cut it at 200): the limits are what is tested.
        site.Write("input/site.yml", TestSite.SiteYml + "\npagination:\n  questions_per_page: 10000\n");
        var filler = string.Concat(Enumerable.Repeat("A long summary sentence that pads the index page. ", 3));
        for (var i = 0; i < count; i++)
        {
            site.Write($"input/questions/q-{i:D5}.md",
                $"---\ntitle: \"Question number {i}?\"\nsummary: \"{filler.Trim()}\"\ntags: [{(i == 0 ? "cause, red-flag" : "cause")}]\nrelated: [q-{(i + 1) % count:D5}]\n" +
                "reviewed: 2026-11-20\nsources: [{title: S, url: \"https://example.org\"}]\n---\nBody.\n");
        }
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics.Take(5)));
        var home = site.ReadOutput("index.html");
        Assert.True(home.Length > 1024 * 1024, $"index is only {home.Length} characters");
        Assert.EndsWith("</html>\n", home, StringComparison.Ordinal);
        for (var i = 0; i < count; i++) Assert.Contains($"/guide/questions/q-{i:D5}/\"", home, StringComparison.Ordinal);
        Assert.Contains("q-03999", site.ReadOutput("tags/cause/index.html"), StringComparison.Ordinal);
    }
}
