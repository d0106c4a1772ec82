using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace BackpainGuide.Browser.Tests;

/// <summary>
/// The home page's "where does it hurt?" map in Chromium: its regions are reached by Tab in body
/// order, top to bottom, each with its name, and open their region page; the home page, a region
/// page and a red-flag page with urgency cards have no axe violations in light or dark.
/// </summary>
public sealed class BodyMapTests(GuideServer server) : IAsyncDisposable
{
    private readonly List<IBrowserContext> contexts = [];

    [Fact]
    public async Task Tab_reaches_the_map_regions_top_to_bottom_and_Enter_opens_the_region_page()
    {
        var page = await NewPage(ColorScheme.Light, 1200);
        await page.GotoAsync(server.Origin + GuideServer.GuidePath);
        var regions = await page.Locator("svg.body-map-figure a").CountAsync();
        Assert.True(regions >= 6, $"{regions} regions in the map");

        // Tab from the top of the page until the first map region has focus, then through the rest.
        var seen = new List<(string Name, double Top, double Left)>();
        for (var i = 0; i < 80 && seen.Count < regions; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var focused = await page.EvaluateAsync<string?[]>(
                "() => { const a = document.activeElement; if (!a || !a.closest('svg.body-map-figure')) return [null, null, null];" +
                // Relative to the figure: focusing a region may scroll the page.
                " const r = a.getBoundingClientRect(), f = a.closest('svg').getBoundingClientRect();" +
                " return [a.getAttribute('aria-label'), String(r.top - f.top), String(r.left - f.left)]; }");
            if (focused[0] is null)
            {
                Assert.True(seen.Count == 0, $"focus left the map after {seen.Count} of {regions} regions");
                continue;
            }
            seen.Add((focused[0]!, double.Parse(focused[1]!, System.Globalization.CultureInfo.InvariantCulture),
                double.Parse(focused[2]!, System.Globalization.CultureInfo.InvariantCulture)));
        }
        Assert.Equal(regions, seen.Count);
        for (var i = 1; i < seen.Count; i++)
        {
            Assert.True(seen[i].Top >= seen[i - 1].Top - 0.5, $"'{seen[i].Name}' (top {seen[i].Top}) comes after '{seen[i - 1].Name}' (top {seen[i - 1].Top})");
        }
        Assert.All(seen, s => Assert.False(string.IsNullOrWhiteSpace(s.Name)));
        // Sides are named from the reader's point of view, and the reader's left is drawn on the left (a back view).
        var left = seen.First(s => s.Name.Contains("your left", StringComparison.Ordinal));
        var right = seen.First(s => s.Name.Contains("your right", StringComparison.Ordinal) && s.Name.Split(':')[0] == left.Name.Split(':')[0]);
        Assert.True(left.Left < right.Left, $"'{left.Name}' is drawn right of '{right.Name}'");

        // The focused region is a real link: Enter opens its page.
        await page.Keyboard.PressAsync("Shift+Tab");
        var href = await page.EvaluateAsync<string>("() => document.activeElement.getAttribute('href')");
        Assert.Contains("/where/", href, StringComparison.Ordinal);
        // Wait from before the key press, so a navigation that finishes first is not missed.
        var opened = page.WaitForURLAsync(u => u.EndsWith(href, StringComparison.Ordinal),
            new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        await page.Keyboard.PressAsync("Enter");
        await opened;
        Assert.Equal(1, await page.Locator("h1").CountAsync());
    }

    [Theory]
    [InlineData("", ColorScheme.Light)]
    [InlineData("", ColorScheme.Dark)]
    [InlineData("where/saddle-area/", ColorScheme.Light)]
    [InlineData("where/saddle-area/", ColorScheme.Dark)]
    [InlineData("questions/when-is-lower-back-pain-an-emergency/", ColorScheme.Light)]
    [InlineData("questions/when-is-lower-back-pain-an-emergency/", ColorScheme.Dark)]
    public async Task Axe_finds_no_violations(string path, ColorScheme scheme)
    {
        var page = await NewPage(scheme, 1200);
        await page.GotoAsync(server.Origin + GuideServer.GuidePath + path);
        var result = await page.RunAxe();
        var violations = result.Violations.Select(v => $"{v.Id}: {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Html))}").ToList();
        Assert.True(violations.Count == 0, $"{path} ({scheme}):\n  " + string.Join("\n  ", violations));
    }

    [Fact]
    public async Task Urgency_cards_print_with_their_level_shown_in_black_and_white()
    {
        var page = await NewPage(ColorScheme.Light, 1000);
        await page.GotoAsync(server.Origin + GuideServer.GuidePath + "questions/when-is-lower-back-pain-an-emergency/");
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        var styles = await page.Locator(".answer .care-card").EvaluateAllAsync<string[][]>(
            "cards => cards.map(c => { const s = getComputedStyle(c); const p = c.querySelector('.visually-hidden');" +
            " return [c.className, s.borderTopStyle, s.borderTopWidth, s.borderTopColor, p ? String(p.getBoundingClientRect().width) : '0']; })");
        Assert.Equal(3, styles.Length);
        var byLevel = styles.ToDictionary(s => s[0].Split(' ').Last(), s => s);
        Assert.Equal("double", byLevel["care-card-emergency"][1]);
        Assert.Equal("solid", byLevel["care-card-urgent"][1]);
        Assert.Equal("dashed", byLevel["care-card-see-gp"][1]);
        Assert.All(styles, s => Assert.Equal("rgb(0, 0, 0)", s[3]));
        Assert.All(styles, s => Assert.True(double.Parse(s[2].Replace("px", ""), System.Globalization.CultureInfo.InvariantCulture) >= 3, $"{s[0]}: border {s[2]}"));
        // On paper the hidden prefix ("Immediate action required:") is printed.
        Assert.All(styles, s => Assert.True(double.Parse(s[4], System.Globalization.CultureInfo.InvariantCulture) > 20, $"{s[0]}: prefix not printed"));
    }

    private async Task<IPage> NewPage(ColorScheme scheme, int width)
    {
        var context = await server.RequireBrowser().NewContextAsync(new()
        {
            ViewportSize = new() { Width = width, Height = 900 },
            ColorScheme = scheme,
        });
        contexts.Add(context);
        return await context.NewPageAsync();
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var context in contexts) await context.DisposeAsync();
    }
}
