using System.Security.Cryptography;
using BackpainGuide.Build;
using BackpainGuide.Tests.Support;
using BackpainGuide.Write;

namespace BackpainGuide.Tests.Serve;

/// <summary>
/// The preview reuses loads and pages between rebuilds; these tests prove that reuse never shows:
/// after every edit of a scripted sequence the served snapshot equals, byte for byte and path for
/// path, what a full build of the same files writes.
/// </summary>
public sealed class IncrementalBuildTests : IAsyncLifetime
{
    private readonly TestSite site = new();
    private string Theme => Path.Combine(site.Root, "theme");
    private PreviewHost host = null!;

    public async ValueTask InitializeAsync()
    {
        FileTree.Copy(Paths.Theme, Theme);
        site.Question("a", "Why does A hurt?", "See [b](b.md) and [lonely](lonely.md).\n\n## Details\n\nText.\n", related: "[b]")
            .Question("b", "Why does B hurt?", "Back to [a](a.md#details).\n", tags: "[remedy]")
            .Question("c", "Is C serious?", "Plain.\n", tags: "[red-flag]")
            .Question("lonely", "Does anyone link here?", "Nobody.\n")
            .Write("input/pages/about.md", "---\ntitle: \"About\"\nsummary: \"About the guide.\"\n---\nAbout us.\n");
        host = await PreviewHost.Start(site, theme: Theme);
    }

    private static readonly Dictionary<string, Action<TestSite, string>> StepList = new()
    {
        ["title"] = (s, _) => Replace(s, "input/questions/a.md", "Why does A hurt?", "Why does A ache?"),
        ["summary"] = (s, _) => Replace(s, "input/questions/b.md", "Summary of b.", "A new summary of b."),
        ["body"] = (s, _) => Replace(s, "input/questions/c.md", "Plain.", "Plain, and longer."),
        ["tags"] = (s, _) => Replace(s, "input/questions/b.md", "tags: [remedy]", "tags: [remedy, cause]"),
        ["related"] = (s, _) => Replace(s, "input/questions/c.md", "related: []", "related: [a]"),
        ["link added"] = (s, _) => Replace(s, "input/questions/c.md", "and longer.", "and longer; see [b](b.md)."),
        ["link removed"] = (s, _) => Replace(s, "input/questions/a.md", "See [b](b.md) and", "See"),
        ["question added"] = (s, _) => s.Question("d", "A new question?", "Links to [c](c.md).\n"),
        ["question deleted"] = (s, _) =>
        {
            File.Delete(Path.Combine(s.Root, "input/questions/b.md"));
            Replace(s, "input/questions/a.md", "related: [b]", "related: []");
            Replace(s, "input/questions/c.md", "; see [b](b.md)", "");
        },
        ["question renamed"] = (s, _) =>
        {
            File.Move(Path.Combine(s.Root, "input/questions/c.md"), Path.Combine(s.Root, "input/questions/e.md"));
            Replace(s, "input/questions/d.md", "[c](c.md)", "[e](e.md)");
        },
        ["link target appears"] = (s, _) => s.Question("f", "Links ahead?", "To [g](g.md).\n").Question("g", "G?"),
        ["tags.yml"] = (s, _) => Replace(s, "input/tags.yml", "title: \"Causes\"", "title: \"Why it happens\""),
        ["site.yml"] = (s, _) => Replace(s, "input/site.yml", "title: \"Test guide\"", "title: \"Test guide, renamed\""),
        ["page"] = (s, _) => Replace(s, "input/pages/about.md", "About us.", "About us, and [a](a.md)."),
        ["template"] = (s, theme) => File.AppendAllText(Path.Combine(theme, "templates", "question.sbn"), "\n<p>Template changed.</p>\n"),
        ["asset"] = (s, theme) => File.AppendAllText(Path.Combine(theme, "assets", "site.css"), "\n.changed { color: red; }\n"),
        ["same bytes again"] = (s, _) => File.WriteAllText(Path.Combine(s.Root, "input/questions/a.md"), File.ReadAllText(Path.Combine(s.Root, "input/questions/a.md"))),
    };

    [Fact]
    public void Every_step_of_a_scripted_sequence_serves_what_a_full_build_writes()
    {
        AssertEqualsFullBuild("start");
        foreach (var (name, step) in StepList)
        {
            step(site, Theme);
            var result = host.Rebuild();
            Assert.True(result.Succeeded, name + ": " + string.Join("\n", result.Diagnostics));
            AssertEqualsFullBuild(name);
        }
    }

    [Fact]
    public void A_body_edit_remakes_its_page_and_reuses_the_other_pages()
    {
        Replace(site, "input/questions/c.md", "Plain.", "Plain, edited.");
        var result = host.Rebuild();
        Assert.True(result.Succeeded);
        Assert.Contains("questions/c/index.html", result.Changed);
        Assert.DoesNotContain("questions/lonely/index.html", result.Changed);
        // a, b and lonely list nothing of c, and the listings show no body: all reused.
        Assert.True(result.Reused >= 5, $"reused {result.Reused}");
        AssertEqualsFullBuild("body edit");
    }

    [Fact]
    public void A_failed_rebuild_keeps_the_last_good_snapshot_and_a_fix_restores_the_full_build()
    {
        var good = host.Session.Current;
        Replace(site, "input/questions/a.md", "reviewed: 2026-11-20", "reviewed: not-a-date");
        var failed = host.Rebuild();
        Assert.False(failed.Succeeded);
        Assert.Same(good, host.Session.Current);
        Replace(site, "input/questions/a.md", "reviewed: not-a-date", "reviewed: 2026-11-21");
        Assert.True(host.Rebuild().Succeeded);
        AssertEqualsFullBuild("fixed");
    }

    [Fact]
    public async Task A_second_edit_is_served_while_the_first_edits_rest_is_still_running_and_the_rest_is_then_made_from_the_latest_state()
    {
        var ct = TestContext.Current.CancellationToken;
        var order = new List<string>();
        using var restReached = new ManualResetEventSlim();
        using var secondServed = new ManualResetEventSlim();
        var a = Path.Combine(site.Root, "input/questions/a.md");
        var c = Path.Combine(site.Root, "input/questions/c.md");

        // The first edit's rest stops at its first stage until the second edit is served. Were the
        // rest part of the rebuild, the first rebuild would return only after the guard (a minute:
        // never reached when it works) and the order below would be the other way round.
        Replace(site, "input/questions/a.md", "Text.", "Text, first edit.");
        var first = host.Session.Rebuild(progress: stage =>
        {
            if (stage != "listings, search index") return;
            restReached.Set();
            secondServed.Wait(TimeSpan.FromMinutes(1), ct);
            lock (order) order.Add("first rest resumed");
        }, edited: [a]);
        Assert.True(first.Succeeded, string.Join("\n", first.Diagnostics));
        Assert.True(restReached.Wait(TimeSpan.FromMinutes(1), ct), "the first edit's rest never started");

        Replace(site, "input/questions/c.md", "Plain.", "Plain, second edit.");
        var second = host.Session.Rebuild(edited: [c]);
        Assert.True(second.Succeeded, string.Join("\n", second.Diagnostics));
        Assert.Contains("Plain, second edit.", Page("questions/c/index.html"), StringComparison.Ordinal);
        Assert.Contains("Text, first edit.", Page("questions/a/index.html"), StringComparison.Ordinal);
        lock (order) order.Add("second edit served");
        secondServed.Set();

        // The first rest was superseded: it swapped nothing in; the second one made the listings from both edits.
        Assert.NotNull(first.Rest);
        var superseded = await first.Rest;
        Assert.NotNull(host.Session.Settle());
        lock (order) Assert.Equal(["second edit served", "first rest resumed"], order);
        Assert.Null(superseded);
        AssertEqualsFullBuild("two edits, the first one's rest superseded");
    }

    [Fact]
    public async Task A_full_rebuild_cancels_the_rest_in_flight_and_waits_for_it()
    {
        var ct = TestContext.Current.CancellationToken;
        var released = new List<bool>();
        using var started = new ManualResetEventSlim();
        host.Session.RestStarting = token =>
        {
            started.Set();
            lock (released) released.Add(token.WaitHandle.WaitOne(TimeSpan.FromMinutes(1)));
        };
        Replace(site, "input/questions/c.md", "Plain.", "Plain, edited.");
        var edit = host.Session.Rebuild(edited: [Path.Combine(site.Root, "input/questions/c.md")]);
        Assert.NotNull(edit.Rest);
        host.Session.RestStarting = null;
        Assert.True(started.Wait(TimeSpan.FromMinutes(1), ct), "the edit's rest never started");

        // A theme edit: the full rebuild cancels the held rest and runs once it has ended.
        File.AppendAllText(Path.Combine(Theme, "assets", "site.css"), "\n.changed { color: red; }\n");
        var full = host.Session.Rebuild();
        Assert.True(full.Succeeded);
        Assert.Null(full.Rest);
        Assert.True(edit.Rest.IsCompleted, "the full rebuild returned before the rest it superseded ended");
        Assert.Null(await edit.Rest);
        lock (released) Assert.Equal([true], released);
        AssertEqualsFullBuild("an edit, then a theme edit during its rest");
    }

    [Fact]
    public async Task An_edits_rest_swaps_in_after_its_pages_and_announces_only_what_it_changed()
    {
        var heard = new List<IReadOnlyList<string>>();
        Replace(site, "input/questions/b.md", "Summary of b.", "A new summary of b.");
        var result = host.Session.Rebuild(changed =>
        {
            lock (heard) heard.Add(changed);
        }, edited: [Path.Combine(site.Root, "input/questions/b.md")]);
        Assert.NotNull(result.Rest);
        var whole = await result.Rest;
        Assert.NotNull(whole);
        lock (heard)
        {
            Assert.Equal(2, heard.Count);
            Assert.Contains("questions/b/index.html", heard[0]);
            // The home page lists b's summary: remade by the rest, announced by its swap only.
            Assert.DoesNotContain("index.html", heard[0]);
            Assert.Contains("index.html", heard[1]);
            Assert.DoesNotContain("questions/b/index.html", heard[1]);
            Assert.Equal(heard[0].Union(heard[1]).Order(StringComparer.Ordinal), whole.Changed);
        }
        AssertEqualsFullBuild("a summary edit");
    }

    [Fact]
    public async Task A_failed_rebuild_after_a_superseded_rest_settles_the_last_good_snapshot_silently_and_the_fix_names_what_that_changed()
    {
        var heard = new List<IReadOnlyList<string>>();
        void Heard(IReadOnlyList<string> changed)
        {
            lock (heard) heard.Add(changed);
        }
        // b's summary is on the home page, which only the rest remakes; the rest is held until superseded.
        host.Session.RestStarting = token => token.WaitHandle.WaitOne(TimeSpan.FromMinutes(1));
        Replace(site, "input/questions/b.md", "Summary of b.", "A new summary of b.");
        var edit = host.Session.Rebuild(Heard, edited: [Path.Combine(site.Root, "input/questions/b.md")]);
        host.Session.RestStarting = null;
        Assert.NotNull(edit.Rest);
        var good = FullBuild("the summary edit");

        Replace(site, "input/questions/a.md", "reviewed: 2026-11-20", "reviewed: not-a-date");
        var failed = host.Session.Rebuild(Heard);
        Assert.False(failed.Succeeded);
        Assert.Null(await edit.Rest);
        Assert.NotNull(failed.Rest);
        Assert.NotNull(await failed.Rest);
        AssertServed(good, "the summary edit, its rest superseded by a failed rebuild");
        // No event while broken: a reload event would clear the tabs' error overlay.
        lock (heard) Assert.Single(heard);

        Replace(site, "input/questions/a.md", "reviewed: not-a-date", "reviewed: 2026-11-20");
        Assert.True(host.Session.Rebuild(Heard).Succeeded);
        lock (heard)
        {
            Assert.DoesNotContain("index.html", heard[0]);
            // The fix leaves the home page as the settled snapshot had it; the event still names it.
            Assert.Contains("index.html", heard.Skip(1).SelectMany(c => c));
        }
        AssertEqualsFullBuild("fixed");
    }

    private string Page(string path) => System.Text.Encoding.UTF8.GetString(host.Session.Current.Files[path].Bytes);

    private void AssertEqualsFullBuild(string step) => AssertServed(FullBuild(step), step);

    /// <summary>Path to SHA-256 of every file a full build of the files as they are now writes.</summary>
    private Dictionary<string, string> FullBuild(string step)
    {
        var output = Path.Combine(site.Root, "full-" + Guid.NewGuid().ToString("N")[..8]);
        var result = SitePipeline.Run(host.Session.Options with { Output = output });
        Assert.True(result.Succeeded, step + ": " + string.Join("\n", result.Diagnostics));
        // The marker is the output folder's guard (the build's own, not a file of the site), so the preview has none.
        var full = FileTree.Fingerprint(output).Where(e => e.Value != "dir" && e.Key != OutputFolder.MarkerName).ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal);
        Directory.Delete(output, recursive: true);
        return full;
    }

    private void AssertServed(Dictionary<string, string> full, string step)
    {
        var served = host.Session.Current.Files.ToDictionary(e => e.Key, e => Convert.ToHexString(SHA256.HashData(e.Value.Bytes)), StringComparer.Ordinal);
        var missing = full.Keys.Except(served.Keys).Order(StringComparer.Ordinal).ToList();
        var extra = served.Keys.Except(full.Keys).Order(StringComparer.Ordinal).ToList();
        var differ = full.Keys.Intersect(served.Keys).Where(k => full[k] != served[k]).Order(StringComparer.Ordinal).ToList();
        Assert.True(missing.Count + extra.Count + differ.Count == 0,
            $"after '{step}': missing [{string.Join(", ", missing)}], extra [{string.Join(", ", extra)}], different [{string.Join(", ", differ)}]");
    }

    private static void Replace(TestSite s, string relative, string from, string to)
    {
        var path = Path.Combine(s.Root, relative);
        var text = File.ReadAllText(path);
        Assert.Contains(from, text, StringComparison.Ordinal);
        File.WriteAllText(path, text.Replace(from, to, StringComparison.Ordinal));
    }

    public async ValueTask DisposeAsync()
    {
        await host.DisposeAsync();
        site.Dispose();
    }
}
