using System.Text;
using BackpainGuide.Diagnostics;
using BackpainGuide.Tests.Support;

namespace BackpainGuide.Tests.Validate;

/// <summary>
/// One content file of a hostile shape (many headings, many links, repeats) must cost time in
/// proportion to its size, and print a bounded number of diagnostics: a pull request must not be
/// able to hang CI or fill its log. Each shape is timed at two sizes in the same run.
/// </summary>
public class HostileShapeGrowthTests
{
    private const string Hostile = "input/questions/hostile.md";

    private static TestSite Site(string hostileBody, string? targetBody = null)
    {
        var site = new TestSite();
        if (targetBody is not null) site.Question("target", "A target with many headings", targetBody, related: "[hostile]");
        site.Question("hostile", "A hostile question", hostileBody, related: targetBody is null ? "[]" : "[target]");
        return site;
    }

    private static string Repeat(int n, Func<int, string> line)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < n; i++) sb.Append(line(i));
        return sb.ToString();
    }

    private static string Headings(int n) => Repeat(n, i => $"## h{i}\n\n");

    private static IReadOnlyList<Diagnostic> Check(TestSite site) => site.Build(write: false).Diagnostics;

    [Fact]
    public void Links_to_the_last_of_many_headings_are_checked_in_linear_time()
    {
        Growth.AssertLinear(2_000, n => Site(Repeat(n, _ => $"[x](target.md#h{n - 1})\n"), Headings(n)), s => Check(s));

        using var site = Site(Repeat(8_000, _ => "[x](target.md#h7999)\n"), Headings(8_000));
        var diagnostics = Check(site);
        Assert.DoesNotContain(diagnostics, d => d.Code == Codes.LinkToMissingHeading);
        var limit = Assert.Single(diagnostics, d => d.Code == Codes.TooManyHeadings);
        Assert.Equal(("input/questions/target.md", 2012, 1), (limit.Path, limit.Line, limit.Column));
    }

    [Fact]
    public void Links_to_a_missing_heading_of_a_big_page_give_bounded_diagnostics_in_linear_time()
    {
        Growth.AssertLinear(1_000, n => Site(Repeat(n, _ => "[x](target.md#nope)\n"), Headings(n)), s => Check(s));

        using var site = Site(Repeat(8_000, _ => "[x](target.md#nope)\n"), Headings(8_000));
        var result = site.Build(write: false);
        var own = result.Diagnostics.Where(d => d.Path == Hostile).ToList();
        Assert.Equal(DiagnosticBag.MaxPerFile + 1, own.Count);
        Assert.All(own, d => Assert.True(d.Message.Length < 400, d.Message));
        Assert.Contains("and 7,990 more)", own[1].Message, StringComparison.Ordinal);
        var summary = own[^1];
        Assert.Equal(Codes.MoreDiagnostics, summary.Code);
        Assert.StartsWith("and 7,950 more diagnostics in this file (7,950 errors)", summary.Message, StringComparison.Ordinal);
        // The printed count is the real one, not the number of lines shown.
        Assert.Equal(8_000 + 1, result.Errors);
    }

    [Fact]
    public void Repeated_identical_headings_get_counted_ids_in_linear_time()
    {
        Growth.AssertLinear(3_000, n => Site(Repeat(n, _ => "## a\n\n")), s => Check(s));

        using var site = Site(Repeat(900, _ => "## a\n\n") + "## a-5\n\n## a\n");
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var html = site.ReadOutput("questions/hostile/index.html");
        Assert.Contains("id=\"a\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"a-899\"", html, StringComparison.Ordinal);
        // "a-5" was taken by the 6th "a", so the literal heading gets the next free suffix, and the last "a" skips both.
        Assert.Contains("id=\"a-5-1\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"a-900\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_over_the_heading_limit_is_refused_at_the_first_heading_past_it()
    {
        using var site = Site(Headings(1_001));
        var d = Assert.Single(Check(site), d => d.Severity == Severity.Error);
        Assert.Equal($"{Hostile}:{12 + 2 * 1_000}:1: error BG050: more than 1,000 headings in one file; split the page", d.ToString());
    }

    private static TestSite TaggedSite(int n)
    {
        var site = new TestSite();
        site.Write("input/tags.yml", Repeat(n, i => $"- name: t{i}\n  title: \"Tag {i}\"\n  description: \"A tag.\"\n")
            + "- name: red-flag\n  title: \"Red flags\"\n  description: \"When to get help.\"\n");
        site.Question("hostile", "A question with every tag", tags: "[" + Repeat(n, i => (i > 0 ? ", " : "") + $"t{i}") + "]");
        return site;
    }

    [Fact]
    public void Thousands_of_tags_are_refused_in_linear_time()
    {
        // Every tag page lists the question with all its tags: n tags made n² work before the cap.
        Growth.AssertLinear(250, TaggedSite, s => s.Build());

        using var site = TaggedSite(2_000);
        Assert.Equal(
            [
                "input/questions/hostile.md:4:98: error BG052: 2,000 tags; a question may have at most 20",
                "input/tags.yml:601:3: error BG052: 2,001 tags; tags.yml may define at most 200",
            ],
            site.Build().Diagnostics.Where(d => d.Severity == Severity.Error).Select(d => d.ToString()));
    }

    [Fact]
    public void A_question_with_more_tags_than_the_limit_is_refused_at_the_first_one_past_it()
    {
        using var site = TaggedSite(21);
        var d = Assert.Single(site.Build(write: false).Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal((Codes.TooManyEntries, Hostile, 4), (d.Code, d.Path, d.Line));
        Assert.Equal("21 tags; a question may have at most 20", d.Message);
    }

    private static TestSite SynonymSite(int n)
    {
        var site = new TestSite();
        site.Question("hostile", "A question about words", "Word0 and word1.\n");
        site.Write("input/synonyms.yml", "-\n" + Repeat(n, i => $"  - \"word{i}\"\n"));
        return site;
    }

    [Fact]
    public void A_synonym_group_of_thousands_of_phrases_is_refused_in_linear_time()
    {
        // Each phrase was compared with every phrase kept before it.
        Growth.AssertLinear(4_000, SynonymSite, s => s.Build());

        using var site = SynonymSite(19_000);
        var d = Assert.Single(site.Build().Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal("input/synonyms.yml:102:5: error BG052: 19,000 synonyms in one group; a group may have at most 100", d.ToString());
    }
}
