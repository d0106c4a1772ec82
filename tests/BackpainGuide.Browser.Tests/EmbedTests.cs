using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace BackpainGuide.Browser.Tests;

/// <summary>
/// Embeds as a host site uses them: a page on a second loopback origin pastes the snippets of a
/// question and a tag; a third origin tries to forge height messages.
/// </summary>
public sealed class EmbedTests(GuideServer server) : IAsyncDisposable
{
    private const string Question = "when-is-lower-back-pain-an-emergency";
    private const string Tag = "remedy";

    private readonly HostSite host = new();
    private readonly HostSite third = new();
    private readonly List<IBrowserContext> contexts = [];

    public async ValueTask DisposeAsync()
    {
        foreach (var c in contexts) await c.CloseAsync();
        host.Dispose();
        third.Dispose();
    }

    [Fact]
    public async Task Frames_are_as_tall_as_their_content_at_every_width_and_after_a_details_opens()
    {
        var page = await NewPage(1200);
        await page.GotoAsync(host.Page(HostSite.Wrap(await Snippet("questions/" + Question) + "\n" + await Snippet("tags/" + Tag))));
        var frames = page.Locator("iframe");
        await Assertions.Expect(frames).ToHaveCountAsync(2);
        foreach (var frame in await frames.AllAsync())
        {
            var sandbox = await frame.GetAttributeAsync("sandbox") ?? "";
            Assert.Contains("allow-scripts", sandbox, StringComparison.Ordinal);
            Assert.DoesNotContain("allow-same-origin", sandbox, StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(await frame.GetAttributeAsync("title")));
            Assert.Equal("lazy", await frame.GetAttributeAsync("loading"));
        }
        await AssertFits(page, 0);
        await AssertFits(page, 1);

        await page.SetViewportSizeAsync(360, 800);
        await AssertFits(page, 0);
        await AssertFits(page, 1);

        var tagFrame = (await (await frames.Nth(1).ElementHandleAsync()).ContentFrameAsync())!;
        var closed = await FrameHeight(page, 1);
        await tagFrame.Locator("details summary").First.ClickAsync();
        Assert.True(await tagFrame.Locator("details").First.EvaluateAsync<bool>("d => d.open"));
        await page.WaitForFunctionAsync($"() => document.querySelectorAll('iframe')[1].getBoundingClientRect().height > {closed} + 100");
        await AssertFits(page, 1);
    }

    [Fact]
    public async Task Height_messages_from_the_host_page_or_a_third_origin_change_nothing()
    {
        var forger = third.Page("""
            <!doctype html><html lang="en"><head><meta charset="utf-8"><title>forger</title></head><body>
            <script>
            for (const h of [5000, 3333]) { parent.postMessage({ bgEmbedHeight: h }, "*"); }
            setInterval(() => parent.postMessage({ bgEmbedHeight: 4444 }, "*"), 50);
            </script></body></html>
            """);
        var page = await NewPage(1000);
        await page.GotoAsync(host.Page(HostSite.Wrap(await Snippet("questions/" + Question))));
        await AssertFits(page, 0);
        var before = await FrameHeight(page, 0);

        await page.EvaluateAsync("""
            () => {
              for (const d of [{ bgEmbedHeight: 5000 }, { bgEmbedHeight: 7 }, { bgEmbedHeight: "9000" }, 8000, [9000]]) window.postMessage(d, "*");
              const f = document.querySelector("iframe");
              f.contentWindow.postMessage({ bgEmbedHeight: 6000 }, "*");
            }
            """);
        await page.EvaluateAsync($"url => {{ const f = document.createElement('iframe'); f.src = url; f.title = 'third'; document.body.appendChild(f); }}", forger);
        await page.WaitForFunctionAsync("() => document.querySelectorAll('iframe').length === 2");
        await page.WaitForTimeoutAsync(1000);
        Assert.Equal(before, await FrameHeight(page, 0));
        await AssertFits(page, 0);
    }

    [Fact]
    public async Task Keyboard_focus_moves_into_the_frame_and_out_again()
    {
        var page = await NewPage(1000);
        await page.GotoAsync(host.Page(HostSite.Wrap(await Snippet("questions/" + Question))));
        await AssertFits(page, 0);
        var inner = (await (await page.Locator("iframe").ElementHandleAsync()).ContentFrameAsync())!;
        await page.FocusAsync("#before");
        var focus = await Focus(page, inner);
        Assert.Equal("A#before", focus.Host);

        focus = await PressAndSettle(page, inner, "Tab", focus);
        Assert.Equal("IFRAME#", focus.Host);
        Assert.StartsWith("A ", focus.Inner, StringComparison.Ordinal); // a link, as the tag name, then its place

        var stops = new List<string>();
        for (var i = 0; i < 200 && focus.Host != "A#after"; i++)
        {
            focus = await PressAndSettle(page, inner, "Tab", focus);
            stops.Add(focus.Inner);
        }
        Assert.Equal("A#after", focus.Host);
        Assert.Equal("-", stops[^1]);
        Assert.True(stops.Count > 1, "Tab went straight from the frame's first link to the host's next link");
        focus = await PressAndSettle(page, inner, "Shift+Tab", focus);
        Assert.Equal("IFRAME#", focus.Host);
        Assert.Equal(stops[^2], focus.Inner);
    }

    [Theory]
    [InlineData("dark", ColorScheme.Light, true)]
    [InlineData("light", ColorScheme.Dark, false)]
    [InlineData(null, ColorScheme.Dark, true)]
    [InlineData(null, ColorScheme.Light, false)]
    public async Task Theme_follows_the_snippet_then_the_readers_setting(string? theme, ColorScheme reader, bool dark)
    {
        var page = await NewPage(1000, reader);
        var snippet = await Snippet("questions/" + Question);
        if (theme is not null) snippet = snippet.Replace($"data-backpain-question=\"{Question}\"", $"data-backpain-question=\"{Question}\" data-theme=\"{theme}\"", StringComparison.Ordinal);
        await page.GotoAsync(host.Page(HostSite.Wrap(snippet)));
        await AssertFits(page, 0);
        var inner = (await (await page.Locator("iframe").ElementHandleAsync()).ContentFrameAsync())!;
        var background = await inner.EvaluateAsync<double[]>("() => getComputedStyle(document.body).backgroundColor.match(/\\d+/g).slice(0, 3).map(Number)");
        var text = await inner.EvaluateAsync<double[]>("() => getComputedStyle(document.body).color.match(/\\d+/g).slice(0, 3).map(Number)");
        Assert.Equal(dark, Luminance(background) < 0.2);
        Assert.Equal(dark, Luminance(text) > 0.6);
    }

    [Fact]
    public async Task Axe_finds_no_violations_on_the_host_page_or_inside_the_frames()
    {
        var page = await NewPage(1000);
        await page.GotoAsync(host.Page(HostSite.Wrap(await Snippet("questions/" + Question) + "\n" + await Snippet("tags/" + Tag))));
        await AssertFits(page, 0);
        await AssertFits(page, 1);
        AssertNoViolations(await page.RunAxe(), "host page");

        foreach (var path in new[] { "questions/" + Question, "tags/" + Tag, "tags/red-flag", "questions/is-the-plank-good-for-lower-back-pain" })
        {
            foreach (var theme in new[] { "light", "dark" })
            {
                var direct = await NewPage(1000);
                await direct.GotoAsync($"{server.Origin}{GuideServer.GuidePath}embed/{path}/?theme={theme}");
                await direct.Locator("details").EvaluateAllAsync<int>("ds => { ds.forEach(d => d.open = true); return ds.length; }");
                AssertNoViolations(await direct.RunAxe(), $"embed/{path} ({theme})");
            }
        }
        var explainer = await NewPage(1000);
        await explainer.GotoAsync($"{server.Origin}{GuideServer.GuidePath}embed/");
        await Assertions.Expect(explainer.Locator("#bgEmbedPreviewBox iframe")).ToHaveCountAsync(1);
        AssertNoViolations(await explainer.RunAxe(), "embed/ explainer");
    }

    [Fact]
    public async Task The_copied_snippet_pasted_into_a_blank_page_works()
    {
        var context = await NewContext(1000);
        await context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"], new() { Origin = server.Origin });
        var guide = await context.NewPageAsync();
        await guide.GotoAsync($"{server.Origin}{GuideServer.GuidePath}tags/{Tag}/");
        var button = guide.GetByRole(AriaRole.Button, new() { Name = "Copy the code" });
        await button.ClickAsync();
        await Assertions.Expect(guide.Locator(".copy-status")).ToHaveTextAsync("Copied.");
        var copied = await guide.EvaluateAsync<string>("() => navigator.clipboard.readText()");
        Assert.Equal(await guide.Locator("#bgShareSnippet").TextContentAsync(), copied);

        var blank = await context.NewPageAsync();
        await blank.GotoAsync(host.Page("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>blank</title></head><body>" + copied + "</body></html>"));
        await Assertions.Expect(blank.Locator("iframe")).ToHaveCountAsync(1);
        await AssertFits(blank, 0);
        var inner = (await (await blank.Locator("iframe").ElementHandleAsync()).ContentFrameAsync())!;
        await Assertions.Expect(inner.Locator("details")).Not.ToHaveCountAsync(0);
    }

    [Fact]
    public async Task The_explainer_previews_the_chosen_embed_and_theme()
    {
        var page = await NewPage(1200);
        await page.GotoAsync($"{server.Origin}{GuideServer.GuidePath}embed/");
        await page.SelectOptionAsync("#bgEmbedChoice", "tag:red-flag");
        await page.CheckAsync("input[name=theme][value=dark]");
        await Assertions.Expect(page.Locator("#bgShareSnippet")).ToContainTextAsync("data-backpain-tag=\"red-flag\" data-theme=\"dark\"");
        var frame = page.Locator("#bgEmbedPreviewBox iframe");
        await Assertions.Expect(frame).ToHaveAttributeAsync("src", $"{server.Origin}{GuideServer.GuidePath}embed/tags/red-flag/?theme=dark");
        await page.WaitForFunctionAsync("() => { const f = document.querySelector('#bgEmbedPreviewBox iframe'); return f && f.getBoundingClientRect().height > 300; }");
        await AssertFits(page, 0);
    }

    [Theory]
    [InlineData("tags/red-flag/")]
    [InlineData("questions/" + Question + "/")]
    [InlineData("embed/")]
    public async Task Pages_with_the_share_box_fit_a_phone_screen(string path)
    {
        var page = await NewPage(360);
        await page.GotoAsync($"{server.Origin}{GuideServer.GuidePath}{path}");
        await Assertions.Expect(page.Locator(".copy-button")).ToBeVisibleAsync();
        var widths = await page.EvaluateAsync<double[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        Assert.True(widths[0] <= widths[1], $"{path} is {widths[0]}px wide in a {widths[1]}px window");
    }

    [Fact]
    public async Task With_scripts_off_on_the_host_the_fallback_link_shows()
    {
        var context = await NewContext(1000, javaScript: false);
        var page = await context.NewPageAsync();
        await page.GotoAsync(host.Page(HostSite.Wrap(await Snippet("questions/" + Question))));
        Assert.Equal(0, await page.Locator("iframe").CountAsync());
        var link = page.Locator($"[data-backpain-question=\"{Question}\"] blockquote a");
        await Assertions.Expect(link).ToBeVisibleAsync();
        Assert.Equal($"{server.Origin}{GuideServer.GuidePath}questions/{Question}/", await link.GetAttributeAsync("href"));
        Assert.Equal("When is lower back pain an emergency?", await link.TextContentAsync());
        Assert.Equal(await link.GetAttributeAsync("href"), await page.Locator("blockquote").GetAttributeAsync("cite"));
    }

    /// <summary>Waits until frame <paramref name="index"/> is as tall as its content, and checks it shows no scrollbar.</summary>
    private static async Task AssertFits(IPage page, int index)
    {
        var handle = await page.Locator("iframe").Nth(index).ElementHandleAsync();
        var frame = (await handle!.ContentFrameAsync())!;
        // Chromium defers resizing a frame that is out of view; a reader sees it scrolled in.
        await handle.ScrollIntoViewIfNeededAsync();
        await frame.WaitForLoadStateAsync(LoadState.Load);
        string? last = null;
        for (var i = 0; i < 50; i++)
        {
            var outer = await FrameHeight(page, index);
            var content = await frame.EvaluateAsync<double>("() => document.documentElement.getBoundingClientRect().height");
            var scroll = await frame.EvaluateAsync<double[]>("() => [document.documentElement.scrollHeight, window.innerHeight, document.documentElement.scrollWidth, window.innerWidth]");
            last = $"frame {outer}px, content {content}px, scroll {string.Join('/', scroll)}";
            if (Math.Abs(outer - Math.Ceiling(content)) < 1 && scroll[0] <= scroll[1] && scroll[2] <= scroll[3]) return;
            await page.WaitForTimeoutAsync(100);
        }
        Assert.Fail($"frame {index} does not fit its content: {last}");
    }

    /// <summary>Where focus is: the host's active element, and the frame's (or "-" when the frame's document has no focus).</summary>
    private readonly record struct FocusAt(string Host, string Inner);

    private static async Task<FocusAt> Focus(IPage page, IFrame inner) => new(
        await page.EvaluateAsync<string>("() => document.activeElement.tagName + '#' + document.activeElement.id"),
        await inner.EvaluateAsync<string>("() => document.hasFocus() ? document.activeElement.tagName + ' ' + [...document.querySelectorAll('*')].indexOf(document.activeElement) : '-'"));

    /// <summary>
    /// Presses <paramref name="key"/> and waits until focus has moved from <paramref name="from"/>. Chromium hands focus
    /// to a frame from another origin in two steps, with the host's active element BODY between them, so reading it
    /// straight after the key races the frame's process on a busy machine.
    /// </summary>
    private static async Task<FocusAt> PressAndSettle(IPage page, IFrame inner, string key, FocusAt from)
    {
        await page.Keyboard.PressAsync(key);
        var now = from;
        for (var i = 0; i < 250; i++)
        {
            now = await Focus(page, inner);
            // Settled: the host shows the frame focused exactly when the frame's document has focus.
            if (now != from && now.Host != "BODY#" && (now.Host == "IFRAME#") == (now.Inner != "-")) return now;
            await page.WaitForTimeoutAsync(20);
        }
        Assert.Fail($"focus did not settle after {key} from {from}: {now}");
        return now;
    }

    private static Task<double> FrameHeight(IPage page, int index) =>
        page.EvaluateAsync<double>("i => document.querySelectorAll('iframe')[i].getBoundingClientRect().height", index);

    private static double Luminance(double[] rgb) => (0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2]) / 255;

    private static void AssertNoViolations(Deque.AxeCore.Commons.AxeResult result, string what)
    {
        var violations = result.Violations.Select(v => $"{v.Id}: {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Html))}").ToList();
        Assert.True(violations.Count == 0, $"{what}:\n  " + string.Join("\n  ", violations));
    }

    /// <summary>The snippet as the guide's own page shows it in "Share or embed".</summary>
    private async Task<string> Snippet(string path)
    {
        var page = await NewPage(1000);
        await page.GotoAsync($"{server.Origin}{GuideServer.GuidePath}{path}/");
        return (await page.Locator("#bgShareSnippet").TextContentAsync())!;
    }

    private async Task<IPage> NewPage(int width, ColorScheme scheme = ColorScheme.Light) =>
        await (await NewContext(width, scheme: scheme)).NewPageAsync();

    private async Task<IBrowserContext> NewContext(int width, bool javaScript = true, ColorScheme scheme = ColorScheme.Light)
    {
        var browser = server.RequireBrowser();
        var context = await browser.NewContextAsync(new()
        {
            ViewportSize = new() { Width = width, Height = 800 },
            JavaScriptEnabled = javaScript,
            ColorScheme = scheme,
        });
        contexts.Add(context);
        return context;
    }
}
