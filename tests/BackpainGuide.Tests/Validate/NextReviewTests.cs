using BackpainGuide.Build;
using BackpainGuide.Tests.Support;

namespace BackpainGuide.Tests.Validate;

/// <summary>
/// Given a question with a next_review date, when the site is built, then the date is shown beside
/// "Last reviewed", bad dates are errors at their position, and a passed date is a warning that
/// depends on the injected day and never on the output.
/// </summary>
public class NextReviewTests
{
    private static BuildResult Build(TestSite site, DateOnly today, bool write = true, string? output = null) =>
        SitePipeline.Run(new BuildOptions(site.Input, output ?? site.Output, Paths.Theme, site.Root, WriteOutput: write, Today: today));

    private static TestSite Site(string nextReview) => new TestSite()
        .Question("a", "A?", "[b](b.md)\n", related: "[b]", extra: "next_review: " + nextReview)
        .Question("b", "B?", "[a](a.md)\n", related: "[a]");

    private static string[] Lines(BuildResult result) => result.Diagnostics.Select(d => d.ToString()).ToArray();

    [Fact]
    public void A_valid_next_review_is_shown_beside_last_reviewed()
    {
        using var site = Site("2027-11-20");
        var result = Build(site, new DateOnly(2026, 12, 1));
        Assert.Empty(Lines(result));
        var html = site.ReadOutput("questions/a/index.html");
        Assert.Contains("Last reviewed <time datetime=\"2026-11-20\">20 November 2026</time>. Next review due <time datetime=\"2027-11-20\">20 November 2027</time>.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Next review due", site.ReadOutput("questions/b/index.html"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2027-02-30")]
    [InlineData("next year")]
    [InlineData("20-11-2027")]
    public void An_invalid_next_review_is_BG013_at_the_value(string value)
    {
        using var site = Site(value);
        var d = Lines(Build(site, new DateOnly(2026, 12, 1), write: false));
        Assert.Contains($"input/questions/a.md:10:14: error BG013: next_review '{value}' is not a valid date; write it as YYYY-MM-DD, for example 2027-11-20", d);
    }

    [Theory]
    [InlineData("2026-11-20")]
    [InlineData("2026-01-01")]
    public void A_next_review_not_after_reviewed_is_BG040_at_the_value(string value)
    {
        using var site = Site(value);
        var result = Build(site, new DateOnly(2026, 12, 1));
        Assert.Contains($"input/questions/a.md:10:14: error BG040: next_review {value} must be after reviewed 2026-11-20", Lines(result));
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void A_passed_next_review_is_a_BG110_warning_judged_against_the_injected_day()
    {
        using var site = Site("2027-11-20");
        Assert.Empty(Lines(Build(site, new DateOnly(2027, 11, 20), write: false)));
        var late = Build(site, new DateOnly(2027, 11, 21), write: false);
        Assert.True(late.Succeeded);
        Assert.Equal(["input/questions/a.md:10:14: warning BG110: review overdue: next_review was 2027-11-20; check the page against its sources, then update reviewed and next_review"], Lines(late));
    }

    [Fact]
    public void The_day_never_changes_the_output()
    {
        using var site = Site("2027-11-20");
        Build(site, new DateOnly(2026, 12, 1), output: Path.Combine(site.Root, "early"));
        Build(site, new DateOnly(2030, 1, 1), output: Path.Combine(site.Root, "late"));
        var early = FileTree.Fingerprint(Path.Combine(site.Root, "early"));
        Assert.NotEmpty(early);
        Assert.Equal(early, FileTree.Fingerprint(Path.Combine(site.Root, "late")));
    }

    [Fact]
    public void A_hostile_next_review_is_refused_and_escaped_in_the_diagnostic()
    {
        using var site = Site("\"</time><script>alert(1)</script>\\u001b[31m\"");
        var result = Build(site, new DateOnly(2026, 12, 1));
        var line = Assert.Single(Lines(result), l => l.Contains("BG013", StringComparison.Ordinal));
        Assert.StartsWith("input/questions/a.md:10:14: error BG013: next_review '</time><script>alert(1)</script>\\u001B[31m'", line, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', line);
        Assert.False(Directory.Exists(site.Output));
    }
}
