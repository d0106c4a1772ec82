using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace BackpainGuide.Browser.Tests;

/// <summary>
/// What every page of the guide owes its readers, in Chromium: no axe violations in light and dark,
/// a theme toggle that works from the keyboard and is remembered without a flash, a printable
/// handout, and a header and banner that leave most of a phone's first screen to the answer.
/// </summary>
public sealed class EveryPageTests(GuideServer server) : IAsyncDisposable
{
    private const string Question = "questions/can-i-run-with-sciatica/";
    private const string RedFlagQuestion = "questions/when-is-lower-back-pain-an-emergency/";

    private readonly List<IBrowserContext> contexts = [];
    private readonly List<string> scriptErrors = [];

    public static TheoryData<string, string> PagesAndSchemes()
    {
        var data = new TheoryData<string, string>();
        foreach (var path in new[] { "", Question, RedFlagQuestion, "tags/remedy/", "tags/red-flag/", "embed/questions/can-i-run-with-sciatica/", "embed/tags/red-flag/", "404.html", "about/" })
        {
            data.Add(path, "light");
            data.Add(path, "dark");
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(PagesAndSchemes))]
    public async Task Axe_finds_no_violations_on_a_phone_or_a_desktop(string path, string scheme)
    {
        foreach (var width in new[] { 390, 1280 })
        {
            var page = await NewPage(width, 844, scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light);
            await page.GotoAsync(Url(path));
            Assert.Equal(scheme == "dark" ? "rgb(20, 23, 26)" : "rgb(255, 255, 255)",
                await page.EvaluateAsync<string>("getComputedStyle(document.body).backgroundColor"));
            var result = await page.RunAxe();
            var violations = result.Violations.Select(v => $"{v.Id}: {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Html))}").ToList();
            Assert.True(violations.Count == 0, $"{path} ({scheme}, {width} px):\n  " + string.Join("\n  ", violations));
            Assert.True(result.Passes.Length > 10, "axe ran its rules");
        }
        Assert.Empty(scriptErrors);
    }

    [Fact]
    public async Task Axe_finds_no_violations_in_the_dark_theme_chosen_with_the_toggle_nor_with_the_phone_menu_open()
    {
        var page = await NewPage(390, 844, ColorScheme.Light);
        await page.GotoAsync(Url(RedFlagQuestion));
        await page.Locator("#bgThemeToggle").ClickAsync();
        Assert.Equal("dark", await page.Locator("html").GetAttributeAsync("data-theme"));
        await page.Locator(".nav-compact summary").ClickAsync();
        await page.Locator(".urgent-details summary").ClickAsync();
        var violations = (await page.RunAxe()).Violations.Select(v => $"{v.Id}: {string.Join(", ", v.Nodes.Select(n => n.Html))}").ToList();
        Assert.True(violations.Count == 0, string.Join("\n", violations));
    }

    [Theory]
    [InlineData("light", "dark")]
    [InlineData("dark", "light")]
    public async Task The_theme_toggle_works_from_the_keyboard_and_is_remembered_on_other_pages(string system, string chosen)
    {
        var page = await NewPage(1280, 800, system == "dark" ? ColorScheme.Dark : ColorScheme.Light);
        await page.GotoAsync(Url(Question));
        var toggle = page.Locator("#bgThemeToggle");
        Assert.Equal(system == "dark" ? "true" : "false", await toggle.GetAttributeAsync("aria-pressed"));
        Assert.Equal("Dark theme", (await toggle.TextContentAsync())?.Trim());

        // Reachable with Tab alone, from the top of the page.
        var tabs = 0;
        while (await page.EvaluateAsync<string>("document.activeElement && document.activeElement.id") != "bgThemeToggle")
        {
            Assert.True(++tabs < 15, "the theme toggle is not reachable with Tab");
            await page.Keyboard.PressAsync("Tab");
        }
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal(chosen, await page.Locator("html").GetAttributeAsync("data-theme"));
        Assert.Equal(chosen == "dark" ? "true" : "false", await toggle.GetAttributeAsync("aria-pressed"));
        Assert.Equal(chosen == "dark" ? "rgb(20, 23, 26)" : "rgb(255, 255, 255)", await BodyBackground(page));

        // Another page, reached by a link: the choice holds.
        var opened = page.WaitForURLAsync(Url("tags/remedy/"));
        await page.Locator(".breadcrumbs a").Nth(1).ClickAsync();
        await opened;
        Assert.Equal(chosen, await page.Locator("html").GetAttributeAsync("data-theme"));
        Assert.Equal(chosen == "dark" ? "rgb(20, 23, 26)" : "rgb(255, 255, 255)", await BodyBackground(page));
        Assert.Equal(chosen == "dark" ? "true" : "false", await page.Locator("#bgThemeToggle").GetAttributeAsync("aria-pressed"));

        // Space switches back; choosing what the system shows means following the system again.
        await page.Locator("#bgThemeToggle").FocusAsync();
        await page.Keyboard.PressAsync(" ");
        Assert.Null(await page.Locator("html").GetAttributeAsync("data-theme"));
        Assert.Null(await page.EvaluateAsync<string?>("localStorage.getItem('bg-theme')"));
        Assert.Equal(system == "dark" ? "rgb(20, 23, 26)" : "rgb(255, 255, 255)", await BodyBackground(page));
        Assert.Empty(scriptErrors);
    }

    /// <summary>
    /// A remembered choice is on the page before its first paint, even when the theme script is
    /// slow to arrive: the script holds the first paint (blocking="render"), not the parser.
    /// </summary>
    [Fact]
    public async Task A_remembered_theme_is_applied_before_the_first_paint_even_when_its_script_is_slow()
    {
        var page = await NewPage(1280, 800, ColorScheme.Light);
        await page.GotoAsync(Url(Question));
        await page.Locator("#bgThemeToggle").ClickAsync();
        await page.RouteAsync("**/assets/theme.js*", async route =>
        {
            await Task.Delay(600);
            await route.ContinueAsync();
        });
        await page.GotoAsync(Url(RedFlagQuestion));
        // A function, not a bare expression: Playwright polls a bare expression with eval, which
        // the page's Content-Security-Policy refuses whenever the first check is false.
        await page.WaitForFunctionAsync("() => performance.getEntriesByType('paint').length > 0");
        var (applied, firstPaint) = (await page.EvaluateAsync<double>("performance.getEntriesByName('bg-theme-applied')[0].startTime"),
            await page.EvaluateAsync<double>("performance.getEntriesByType('paint')[0].startTime"));
        Assert.True(applied >= 500, $"the delayed script ran at {applied} ms: the delay did not apply");
        Assert.True(applied <= firstPaint, $"the theme was applied at {applied} ms, after the first paint at {firstPaint} ms");
        Assert.Equal("dark", await page.Locator("html").GetAttributeAsync("data-theme"));
    }

    [Fact]
    public async Task Without_javascript_the_page_follows_the_system_and_shows_no_dead_toggle()
    {
        var browser = server.RequireBrowser();
        var context = await browser.NewContextAsync(new() { JavaScriptEnabled = false, ColorScheme = ColorScheme.Dark });
        contexts.Add(context);
        var page = await context.NewPageAsync();
        await page.GotoAsync(Url(Question));
        Assert.False(await page.Locator("#bgThemeToggle").IsVisibleAsync());
        Assert.Equal("rgb(20, 23, 26)", await BodyBackground(page));
    }

    [Fact]
    public async Task A_question_prints_as_a_handout_with_its_address_sources_review_date_and_warning_box()
    {
        var page = await NewPage(1280, 800, ColorScheme.Dark);
        await page.GotoAsync(Url(RedFlagQuestion));
        await page.Locator("#bgThemeToggle").ClickAsync(); // a chosen theme does not reach the paper either
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        foreach (var hidden in new[] { ".site-header", ".site-nav", ".search-form", ".urgent-banner", ".breadcrumbs", ".share", "#bgThemeToggle", ".site-footer .footer-links" })
        {
            Assert.False(await page.Locator(hidden).First.IsVisibleAsync(), $"{hidden} shows in print");
        }
        var url = page.Locator(".print-url");
        Assert.True(await url.IsVisibleAsync(), "the page's address is not printed");
        Assert.Contains(server.Origin + GuideServer.GuidePath + RedFlagQuestion, await url.TextContentAsync(), StringComparison.Ordinal);
        foreach (var shown in new[] { "h1", ".answer", ".sources", ".sources li a", ".reviewed", ".red-flag-warning", ".site-footer .disclaimer" })
        {
            Assert.True(await page.Locator(shown).First.IsVisibleAsync(), $"{shown} is missing from print");
        }
        // Paper is white with black text whatever the screen theme, and the warning box keeps a thick border.
        Assert.Equal("rgb(255, 255, 255)", await BodyBackground(page));
        Assert.Equal("rgb(0, 0, 0)", await page.EvaluateAsync<string>("getComputedStyle(document.body).color"));
        var border = await page.EvaluateAsync<double>("parseFloat(getComputedStyle(document.querySelector('.red-flag-warning')).borderTopWidth)");
        Assert.True(border >= 4, $"the warning box's border is {border} px in print");
        // A source's address is printed after its title.
        var after = await page.EvaluateAsync<string>("getComputedStyle(document.querySelector('.sources li a'), '::after').content");
        Assert.True(after.Contains("attr(href)", StringComparison.Ordinal) || after.Contains("https://", StringComparison.Ordinal), after);

        var pdf = await page.PdfAsync(new() { Format = "A4" });
        Assert.True(pdf.Length > 10_000 && pdf.AsSpan(0, 5).SequenceEqual("%PDF-"u8), "no PDF");
    }

    [Theory]
    [InlineData(360, 640)]
    [InlineData(390, 844)]
    public async Task On_a_phone_the_header_and_banner_take_at_most_a_third_of_the_first_screen(int width, int height)
    {
        foreach (var path in new[] { "", Question, RedFlagQuestion, "tags/red-flag/", "about/", "404.html" })
        {
            var page = await NewPage(width, height, ColorScheme.Light);
            await page.GotoAsync(Url(path));
            var banner = await page.Locator(".urgent-banner").BoundingBoxAsync();
            var header = await page.Locator(".site-header").BoundingBoxAsync();
            Assert.NotNull(banner);
            Assert.NotNull(header);
            Assert.True(header.Y == 0 && banner.Y >= header.Y + header.Height - 1, $"{path}: the banner should follow the header");
            var bottom = banner.Y + banner.Height;
            Assert.True(bottom <= height / 3.0, $"{path} at {width}x{height}: header and banner end at {bottom} px, over a third ({height / 3.0:0} px)");
            // Still impossible to miss: the signs and what to do are on the first screen, in full view.
            Assert.True(await page.Locator(".urgent-brief").IsVisibleAsync());
            Assert.Contains("999", await page.Locator(".urgent-brief").TextContentAsync(), StringComparison.Ordinal);
            // Nothing spills sideways.
            Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), $"{path}: the page scrolls sideways at {width} px");
        }
    }

    [Fact]
    public async Task On_a_phone_the_menu_and_every_emergency_sign_open_from_the_keyboard()
    {
        var page = await NewPage(360, 640, ColorScheme.Light);
        await page.GotoAsync(Url(Question));
        Assert.False(await page.Locator(".site-nav").IsVisibleAsync());
        var menu = page.Locator(".nav-compact summary");
        await menu.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        var links = page.Locator(".nav-compact a");
        Assert.True(await links.Nth(0).IsVisibleAsync());
        Assert.Equal(await page.Locator(".site-nav a").CountAsync(), await links.CountAsync());
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal(await links.Nth(0).GetAttributeAsync("href"), await page.EvaluateAsync<string>("document.activeElement.getAttribute('href')"));

        var signs = page.Locator(".urgent-details p");
        Assert.False(await signs.IsVisibleAsync());
        await page.Locator(".urgent-details summary").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        Assert.True(await signs.IsVisibleAsync());
        Assert.Contains("ejaculation", await signs.TextContentAsync(), StringComparison.Ordinal);
    }

    private string Url(string path) => server.Origin + GuideServer.GuidePath + path;

    private static Task<string> BodyBackground(IPage page) => page.EvaluateAsync<string>("getComputedStyle(document.body).backgroundColor");

    private async Task<IPage> NewPage(int width, int height, ColorScheme scheme)
    {
        var context = await server.RequireBrowser().NewContextAsync(new()
        {
            ViewportSize = new() { Width = width, Height = height },
            ColorScheme = scheme,
        });
        contexts.Add(context);
        var page = await context.NewPageAsync();
        page.PageError += (_, error) => scriptErrors.Add(error);
        page.Console += (_, message) =>
        {
            if (message.Type == "error") scriptErrors.Add(message.Text);
        };
        return page;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var context in contexts) await context.CloseAsync();
    }
}
