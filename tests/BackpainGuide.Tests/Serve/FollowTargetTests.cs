using BackpainGuide.Serve;
using BackpainGuide.Tests.Support;

namespace BackpainGuide.Tests.Serve;

/// <summary>Which page a tab that follows edits goes to: the saved question's or plain page's, never anything else.</summary>
public sealed class FollowTargetTests : IAsyncLifetime
{
    private readonly TestSite site = new();
    private PreviewHost host = null!;

    public async ValueTask InitializeAsync()
    {
        site.Question("a", "Why does A hurt?", "See [b](b.md).\n", related: "[b]").Question("b", "Why does B hurt?", "Back to [a](a.md).\n", related: "[a]")
            .Write("input/pages/about.md", "---\ntitle: \"About\"\nsummary: \"About the guide.\"\n---\nAbout us.\n");
        host = await PreviewHost.Start(site);
    }

    [Fact]
    public void A_saved_question_or_page_is_followed_to_its_page_and_other_files_are_not()
    {
        string Q(string name) => Path.Combine(site.Input, "questions", name);
        var options = host.Session.Options;
        var snapshot = host.Session.Current;
        Assert.Equal(["questions/a/index.html"], FollowTarget.Of(options, [Q("a.md")], snapshot));
        Assert.Equal(["about/index.html"], FollowTarget.Of(options, [Path.Combine(site.Input, "pages", "about.md")], snapshot));
        // An editor's backup file, a question that is not served (yet), settings: nowhere to go.
        Assert.Empty(FollowTarget.Of(options, [Q("a.md~"), Q("missing.md"), Path.Combine(site.Input, "site.yml")], snapshot));
        // Lost events: nobody knows what was saved.
        Assert.Empty(FollowTarget.Of(options, null, snapshot));
        var message = PreviewEvents.Reload("/guide/", ["questions/a/index.html"], FollowTarget.Of(options, [Q("b.md"), Q("a.md")], snapshot));
        Assert.Contains("\"edited\":[\"/guide/questions/a/\",\"/guide/questions/b/\"]", message, StringComparison.Ordinal);
    }

    public async ValueTask DisposeAsync()
    {
        await host.DisposeAsync();
        site.Dispose();
    }
}
