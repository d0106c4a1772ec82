using BackpainGuide.Build;
using BackpainGuide.Load;
using BackpainGuide.Tests.Support;

namespace BackpainGuide.Tests.Serve;

public sealed class LoadCacheTests : IDisposable
{
    private readonly TestSite site = new();
    private readonly LoadCache cache = new();

    private SitePlan Plan() => SitePipeline.Plan(new BuildOptions(site.Input, site.Output, Paths.Theme, site.Root), cache: cache);

    [Fact]
    public void Unchanged_files_are_reused_and_their_diagnostics_reported_again()
    {
        site.Question("a", "A?", "See [b](b.md). <b>raw</b>\n").Question("b", "B?");
        var first = Plan();
        Assert.Contains(first.Diagnostics, d => d.Severity == Diagnostics.Severity.Warning);
        var second = Plan();
        Assert.Equal((2, 0), cache.LastCounts);
        Assert.Equal(first.Diagnostics, second.Diagnostics);
        Assert.Equal(first.Site!.Questions.Select(q => q.BodyHtml), second.Site!.Questions.Select(q => q.BodyHtml));
    }

    [Fact]
    public void A_same_size_edit_that_keeps_the_modification_time_is_still_seen()
    {
        site.Question("a", "A?", "Body one.\n");
        var path = Path.Combine(site.Input, "questions", "a.md");
        Plan();
        var time = File.GetLastWriteTimeUtc(path);
        File.WriteAllText(path, File.ReadAllText(path).Replace("Body one.", "Body two.", StringComparison.Ordinal));
        File.SetLastWriteTimeUtc(path, time);
        var plan = Plan();
        Assert.Equal((0, 1), cache.LastCounts);
        Assert.Contains("Body two.", plan.Site!.Questions[0].BodyHtml, StringComparison.Ordinal);
    }

    [Fact]
    public void A_body_is_rendered_again_when_what_its_links_resolve_to_changes()
    {
        site.Question("a", "A?", "See [c](c.md).\n").Question("b", "B?");
        Assert.False(Plan().Succeeded);
        site.Question("c", "C?", "Back to [a](a.md).\n");
        var plan = Plan();
        Assert.True(plan.Succeeded, string.Join("\n", plan.Diagnostics));
        // a is loaded again (its link now resolves), b is reused, c is new.
        Assert.Equal((1, 2), cache.LastCounts);
        Assert.Contains("href=\"/guide/questions/c/\"", plan.Site!.Questions.Single(q => q.Question.Slug == "a").BodyHtml, StringComparison.Ordinal);
    }

    [Fact]
    public void A_symbolic_link_that_replaces_a_cached_file_is_refused_as_on_a_fresh_load()
    {
        site.Question("a", "A?").Question("b", "B?");
        Plan();
        var path = Path.Combine(site.Input, "questions", "b.md");
        var target = Path.Combine(site.Root, "elsewhere.md");
        File.Move(path, target);
        File.CreateSymbolicLink(path, target);
        var plan = Plan();
        Assert.False(plan.Succeeded);
        Assert.Contains(plan.Diagnostics, d => d.Path.EndsWith("questions/b.md", StringComparison.Ordinal) && d.Message.Contains("symbolic", StringComparison.Ordinal));
    }

    public void Dispose() => site.Dispose();
}
