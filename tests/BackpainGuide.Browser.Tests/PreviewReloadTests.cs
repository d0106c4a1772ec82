using BackpainGuide.Build;
using BackpainGuide.Serve;
using Microsoft.Playwright;

namespace BackpainGuide.Browser.Tests;

/// <summary>
/// The preview's live reload and error overlay in real Chromium tabs, against an in-process
/// preview server of a temporary copy of the minimal fixture site, rebuilt as serve does.
/// </summary>
public sealed class PreviewReloadTests(GuideServer browserHost) : IAsyncLifetime
{
    private const string BasePath = "/guide/";
    private readonly string root = Path.Combine(Path.GetTempPath(), "bg-preview-" + Guid.NewGuid().ToString("N")[..8]);
    private readonly EventHub events = new();
    private readonly List<string> problems = [];
    private readonly List<IBrowserContext> contexts = [];
    private BuildSession session = null!;
    private PreviewServer server = null!;

    private string Input => Path.Combine(root, "input");

    public async ValueTask InitializeAsync()
    {
        Copy(Path.Combine(GuideServer.RepoRoot, "tests", "fixtures", "valid", "minimal", "input"), Input);
        server = new PreviewServer(BasePath, 0, () => session?.Current ?? Snapshot.Empty, events);
        await server.StartAsync();
        session = new BuildSession(new BuildOptions(Input, Path.Combine(root, "output"), Path.Combine(GuideServer.RepoRoot, "theme"), root,
            $"http://127.0.0.1:{server.Port}{BasePath}"));
        Rebuild();
    }

    [Fact]
    public async Task A_tab_reloads_when_its_own_page_changes_and_only_then()
    {
        var first = await Open("questions/first/");
        var about = await Open("about/");
        await Mark(first);
        await Mark(about);

        Edit("questions/first.md", "Some text.", "Some freshly edited text.");
        Rebuild();
        await first.WaitForFunctionAsync("() => document.body.textContent.includes('Some freshly edited text.')", null, new() { Timeout = 15_000 });
        Assert.False(await first.EvaluateAsync<bool>("() => window.bgMarked === true"), "the edited page did not reload");
        // The about page does not show the edited question: its bytes did not change, it stays.
        await Task.Delay(500, TestContext.Current.CancellationToken);
        Assert.True(await about.EvaluateAsync<bool>("() => window.bgMarked === true"), "a page that did not change reloaded");
        Assert.Empty(problems);
    }

    [Fact]
    public async Task A_broken_file_shows_an_overlay_as_text_and_the_fix_clears_it()
    {
        var page = await Open("questions/first/");
        // A value that tries to be markup: the overlay must show it as text.
        Edit("questions/first.md", "tags: [cause]", "tags: [\"<img src=x id=injected>\"]");
        Rebuild();
        var overlay = page.Locator("#bg-preview-overlay");
        await overlay.WaitForAsync(new() { Timeout = 15_000 });
        var text = await overlay.TextContentAsync() ?? "";
        Assert.Contains("input/questions/first.md:4:", text, StringComparison.Ordinal);
        Assert.Contains("tags: [\"<img src=x id=injected>\"]", text, StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("#injected").CountAsync());
        // The last good page is still the one served.
        Assert.Contains("Why does my back hurt?", await page.Locator("h1").TextContentAsync() ?? "", StringComparison.Ordinal);

        Edit("questions/first.md", "tags: [\"<img src=x id=injected>\"]", "tags: [cause]");
        Rebuild();
        await overlay.WaitForAsync(new() { State = WaitForSelectorState.Detached, Timeout = 15_000 });
        Assert.Empty(problems);
    }

    [Fact]
    public async Task A_tab_that_follows_edits_goes_to_the_saved_question_and_one_that_does_not_stays()
    {
        var follower = await Open("about/");
        var stayer = await Open("questions/second/");
        var button = follower.Locator("#bg-preview-follow");
        Assert.Equal("Follow edits: off", await button.TextContentAsync());
        await button.ClickAsync();
        Assert.Equal("true", await button.GetAttributeAsync("aria-pressed"));
        await Mark(stayer);

        // Waiting starts before the save: started after it, a navigation that commits while the
        // wait is being set up is missed (this failed now and then on a loaded machine).
        var followed = follower.WaitForURLAsync(server.Url + "questions/first/", new() { Timeout = 30_000 });
        Edit("questions/first.md", "Some text.", "Some text, saved while following.");
        Rebuild(Path.Combine(Input, "questions", "first.md"));
        await followed;
        Assert.Contains("saved while following", await follower.Locator("main").TextContentAsync() ?? "", StringComparison.Ordinal);
        // The choice is the tab's: still on after the navigation.
        Assert.Equal("Follow edits: on", await follower.Locator("#bg-preview-follow").TextContentAsync());
        await Task.Delay(500, TestContext.Current.CancellationToken);
        Assert.True(await stayer.EvaluateAsync<bool>("() => window.bgMarked === true"), "a tab that does not follow moved or reloaded");
        Assert.EndsWith("questions/second/", stayer.Url, StringComparison.Ordinal);
        Assert.Empty(problems);
    }

    private async Task<IPage> Open(string path)
    {
        var browser = browserHost.RequireBrowser();
        var context = await browser.NewContextAsync();
        contexts.Add(context);
        var page = await context.NewPageAsync();
        page.PageError += (_, error) => problems.Add(error);
        // A CSP violation is reported on the console; the reload script must cause none.
        page.Console += (_, message) =>
        {
            if (message.Type is "error" && message.Text.Contains("Content Security Policy", StringComparison.Ordinal)) problems.Add(message.Text);
        };
        var before = events.Streams;
        await page.GotoAsync(server.Url + path);
        // Wait for the page's event stream to be open, so no event is missed.
        var waited = 0;
        while (events.Streams <= before && waited++ < 150) await Task.Delay(100, TestContext.Current.CancellationToken);
        Assert.True(events.Streams > before, "the page opened no event stream");
        return page;
    }

    private static Task Mark(IPage page) => page.EvaluateAsync("() => { window.bgMarked = true; }");

    /// <summary>A rebuild as serve does it; <paramref name="saved"/> are the files the watcher would report.</summary>
    private void Rebuild(params string[] saved)
    {
        var result = session.Rebuild(changed => events.Send(PreviewEvents.Reload(BasePath, changed,
            FollowTarget.Of(session.Options, saved, session.Current)), false, true), edited: saved.Length == 0 ? null : saved);
        if (!result.Succeeded) events.Send(PreviewEvents.BuildError(result.Diagnostics, d => SourceLine(d)), true, false);
    }

    private string? SourceLine(Diagnostics.Diagnostic d) =>
        d.Line > 0 ? File.ReadLines(Path.Combine(root, d.Path)).Skip(d.Line - 1).FirstOrDefault() : null;

    private void Edit(string relative, string from, string to)
    {
        var path = Path.Combine(Input, relative);
        var text = File.ReadAllText(path);
        Assert.Contains(from, text, StringComparison.Ordinal);
        File.WriteAllText(path, text.Replace(from, to, StringComparison.Ordinal));
    }

    private static void Copy(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var context in contexts) await context.DisposeAsync();
        await server.DisposeAsync();
        if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
    }
}
