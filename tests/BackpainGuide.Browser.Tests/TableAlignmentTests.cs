using Microsoft.Playwright;

namespace BackpainGuide.Browser.Tests;

/// <summary>
/// Aligned table columns under the pages' Content-Security-Policy: an inline style="text-align"
/// would be blocked (and reported) by the browser; the theme's classes must align the cells.
/// </summary>
public sealed class TableAlignmentTests(GuideServer server)
{
    [Fact]
    public async Task Aligned_columns_are_aligned_without_a_blocked_inline_style()
    {
        var browser = server.RequireBrowser();
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var console = new List<string>();
        page.Console += (_, message) => console.Add(message.Text);
        await page.GotoAsync(server.Origin + GuideServer.HostilePath + "questions/hostile-title/", new() { WaitUntil = WaitUntilState.Load });

        var alignments = await page.Locator(".answer td").EvaluateAllAsync<string[]>("cells => cells.map(c => getComputedStyle(c).textAlign)");

        Assert.Equal(["left", "center", "right"], alignments);
        Assert.DoesNotContain(console, m => m.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase));
    }
}
