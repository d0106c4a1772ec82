using System.Net;
using BackpainGuide.Tests.Support;

namespace BackpainGuide.Tests.Serve;

/// <summary>
/// The serve command end to end, in a child process on a copy of the minimal fixture site: the
/// file watcher, the rebuild, the events and Ctrl+C, as a contributor meets them.
/// </summary>
public sealed class ServeCommandTests : IDisposable
{
    /// <summary>How long an edit may take to reach the stream: generous, the test machine is shared.</summary>
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(20);

    private readonly TempFolder temp = new();
    private readonly HttpClient client = new(new HttpClientHandler { AllowAutoRedirect = false });

    private string Input => temp["site/input"];

    private string Questions => Path.Combine(Input, "questions");

    public ServeCommandTests()
    {
        FileTree.Copy(Path.Combine(Paths.Fixtures, "valid", "minimal", "input"), Input);
    }

    [Fact]
    public async Task Edits_additions_deletions_renames_and_errors_reach_every_open_tab_then_ctrl_c_exits_cleanly()
    {
        var ct = TestContext.Current.CancellationToken;
        using var serve = new ServeProcess(Input, Paths.Theme, temp.Path);
        var url = await serve.Url();
        var page = await client.GetStringAsync(url + "questions/first/", ct);
        Assert.Contains("Why does my back hurt?", page, StringComparison.Ordinal);
        Assert.Contains("__preview/reload.js", page, StringComparison.Ordinal);

        await using var tab1 = await EventStream.Open(url);
        await using var tab2 = await EventStream.Open(url);

        // Edit: both streams hear the page's URL, and the page serves the new text.
        Edit("first.md", "Some text.", "Some edited text.");
        var first = new Uri(new Uri(url), "questions/first/").AbsolutePath;
        foreach (var tab in new[] { tab1, tab2 }) await tab.Next("reload", Bound, e => EventStream.Changed(e, first));
        Assert.Contains("Some edited text.", await client.GetStringAsync(url + "questions/first/", ct), StringComparison.Ordinal);

        // Add.
        File.WriteAllText(Path.Combine(Questions, "third.md"), File.ReadAllText(Path.Combine(Questions, "first.md"))
            .Replace("Why does my back hurt?", "A third question?", StringComparison.Ordinal));
        var third = new Uri(new Uri(url), "questions/third/").AbsolutePath;
        await tab1.Next("reload", Bound, e => EventStream.Changed(e, third));
        Assert.Contains("A third question?", await client.GetStringAsync(url + "questions/third/", ct), StringComparison.Ordinal);

        // Rename: the old URL is gone, the new one serves.
        File.Move(Path.Combine(Questions, "third.md"), Path.Combine(Questions, "fourth.md"));
        await tab1.Next("reload", Bound, e => EventStream.Changed(e, third));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(url + "questions/third/", ct)).StatusCode);
        Assert.Contains("A third question?", await client.GetStringAsync(url + "questions/fourth/", ct), StringComparison.Ordinal);

        // Delete.
        File.Delete(Path.Combine(Questions, "fourth.md"));
        var fourth = new Uri(new Uri(url), "questions/fourth/").AbsolutePath;
        await tab1.Next("reload", Bound, e => EventStream.Changed(e, fourth));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(url + "questions/fourth/", ct)).StatusCode);

        // Break a file: an error event with position and source line; the last good page stays.
        Edit("first.md", "reviewed: 2026-11-20", "reviewed: someday");
        var error = await tab2.Next("build-error", Bound);
        var reported = error.GetProperty("errors")[0];
        Assert.EndsWith("questions/first.md", reported.GetProperty("file").GetString(), StringComparison.Ordinal);
        Assert.Equal(6, reported.GetProperty("line").GetInt32());
        Assert.Equal("reviewed: someday", reported.GetProperty("source").GetString());
        Assert.Contains("Some edited text.", await client.GetStringAsync(url + "questions/first/", ct), StringComparison.Ordinal);
        Assert.Contains("questions/first.md:6:", serve.Stdout, StringComparison.Ordinal);

        // A tab opened while broken hears the error at once.
        await using (var late = await EventStream.Open(url)) await late.Next("build-error", Bound);

        // Fix it: a reload event (which clears the overlay) follows.
        Edit("first.md", "reviewed: someday", "reviewed: 2026-11-21");
        await tab2.Next("reload", Bound);

        Assert.Equal(0, await serve.Interrupt(TimeSpan.FromSeconds(20)));
        Assert.Contains("stopped", serve.Stderr, StringComparison.Ordinal);
        // Nothing was written: no output folder and no temporary folder, in the working folder or beside the input.
        Assert.Equal(["site"], Directory.GetFileSystemEntries(temp.Path).Select(Path.GetFileName));
        Assert.Equal(["input"], Directory.GetFileSystemEntries(temp["site"]).Select(Path.GetFileName));
    }

    private void Edit(string file, string from, string to)
    {
        var path = Path.Combine(Questions, file);
        var text = File.ReadAllText(path);
        Assert.Contains(from, text, StringComparison.Ordinal);
        File.WriteAllText(path, text.Replace(from, to, StringComparison.Ordinal));
    }

    public void Dispose()
    {
        client.Dispose();
        temp.Dispose();
    }
}
