using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace BackpainGuide.Browser.Tests;

/// <summary>The search page in headless Chromium, against the real guide served under a sub-path.</summary>
public sealed class SearchPageTests(GuideServer server) : IAsyncDisposable
{
    private readonly BrowserPages pages = new(server);

    /// <summary>What readers type, and the question that must be among the first three results.</summary>
    public static TheoryData<string, string> ReaderQueries => new()
    {
        { "siatica", "what-are-the-symptoms-of-sciatica-in-the-lower-back" },
        { "sciatica symptoms", "what-are-the-symptoms-of-sciatica-in-the-lower-back" },
        { "pain down my leg", "what-are-the-symptoms-of-sciatica-in-the-lower-back" },
        { "pinched nerve symptoms", "what-are-the-symptoms-of-sciatica-in-the-lower-back" },
        { "jogging with sciatica", "can-i-run-with-sciatica" },
        { "tylenol or ice?", "should-i-use-painkillers-heat-or-ice-for-lower-back-pain" },
        { "tylenol", "should-i-use-painkillers-heat-or-ice-for-lower-back-pain" },
        { "ibuprofin", "should-i-use-painkillers-heat-or-ice-for-lower-back-pain" },
        { "hot water bottle", "should-i-use-painkillers-heat-or-ice-for-lower-back-pain" },
        { "stret", "which-stretches-help-runners-with-lower-back-pain" },
        { "stretching for runners", "which-stretches-help-runners-with-lower-back-pain" },
        { "lumbar cramp", "why-does-my-lower-back-cramp-when-i-run" },
        { "back spasm while jogging", "why-does-my-lower-back-cramp-when-i-run" },
        { "plank", "is-the-plank-good-for-lower-back-pain" },
        { "core exercises", "which-core-exercises-help-lower-back-pain-besides-the-plank" },
        { "abs workout", "which-core-exercises-help-lower-back-pain-besides-the-plank" },
        { "warm up before a run", "how-should-i-warm-up-before-a-run" },
        { "when to see a gp", "when-should-i-see-a-doctor-or-physiotherapist-about-lower-back-pain" },
        { "physio", "when-should-i-see-a-doctor-or-physiotherapist-about-lower-back-pain" },
        { "saddle numbness", "when-is-lower-back-pain-an-emergency" },
        { "cauda equina", "when-is-lower-back-pain-an-emergency" },
        { "emergancy", "when-is-lower-back-pain-an-emergency" },
        { "period pain", "why-does-my-lower-back-hurt-when-i-have-my-period" },
        { "menstrual", "why-does-my-lower-back-hurt-when-i-have-my-period" },
        { "burning legs", "what-causes-burning-sensation-in-lower-back-and-legs" },
        { "sneakers", "do-running-shoes-matter-for-lower-back-pain" },
        { "insoles", "do-running-shoes-matter-for-lower-back-pain" },
        { "treadmill or road", "do-running-surfaces-and-hills-affect-lower-back-pain" },
        { "cadance", "does-cadence-or-overstriding-affect-lower-back-pain" },
        { "weekly mileage", "does-running-mileage-affect-lower-back-pain" },
        { "hurts on both sides", "why-does-my-lower-back-hurt-on-both-sides" },
        { "return to running", "how-do-i-return-to-running-after-lower-back-pain" },
        { "keep tightening up", "why-does-my-lower-back-keep-tightening-up" },
        { "do i need an mri", "should-i-get-a-scan-or-x-ray-for-lower-back-pain" },
        { "xray for back pain", "should-i-get-a-scan-or-x-ray-for-lower-back-pain" },
        { "how long does back pain last", "how-long-does-lower-back-pain-last" },
        { "pulled muscle or disc", "is-it-a-pulled-muscle-or-a-slipped-disc" },
        { "can running cause a herniated disk", "can-running-cause-a-slipped-disc" },
        { "back hurts after marathon", "is-back-pain-after-a-long-run-or-marathon-normal" },
        { "sore back after long run", "is-back-pain-after-a-long-run-or-marathon-normal" },
        { "tight psoas", "can-tight-hip-flexors-cause-lower-back-pain" },
        { "foam roller", "does-foam-rolling-help-lower-back-pain" },
        { "running machine", "is-a-treadmill-better-for-my-back" },
        { "chiropractor", "should-i-see-a-physiotherapist-chiropractor-or-osteopath" },
        { "osteopath or physio", "should-i-see-a-physiotherapist-chiropractor-or-osteopath" },
        { "jogging while pregnant", "can-i-run-with-back-pain-when-pregnant" },
        { "aleve", "should-i-use-painkillers-heat-or-ice-for-lower-back-pain" },
        { "gabapentin for sciatica", "can-i-run-with-sciatica" },
        { "how do i relieve back pain while running", "how-do-i-get-rid-of-lower-back-pain-while-running" },
        // Everyday words and intents, found by trying the guide as a worried runner would.
        { "keep running or rest", "should-i-run-through-lower-back-pain" },
        { "should i keep running", "should-i-run-through-lower-back-pain" },
        { "run through the pain", "should-i-run-through-lower-back-pain" },
        { "rest or run", "should-i-run-through-lower-back-pain" },
        { "how to stop it hurting", "how-do-i-get-rid-of-lower-back-pain-while-running" },
        { "make it stop hurting", "how-do-i-get-rid-of-lower-back-pain-while-running" },
        { "stop back pain when running", "how-do-i-get-rid-of-lower-back-pain-while-running" },
        { "back hurts when i run", "when-does-your-lower-back-hurt-when-you-run" },
        { "is it serious", "when-is-lower-back-pain-an-emergency" },
        { "when to worry", "when-is-lower-back-pain-an-emergency" },
        { "will it go away", "how-long-does-lower-back-pain-last" },
        { "how long will it last", "how-long-does-lower-back-pain-last" },
        { "prevent back pain", "how-do-you-prevent-lower-back-tightness-when-running" },
        { "lower back tight after running", "how-do-you-prevent-lower-back-tightness-when-running" },
        { "is running bad for my back", "is-running-ok-if-you-have-lower-back-pain" },
        { "is running safe with back pain", "is-running-ok-if-you-have-lower-back-pain" },
        { "can i run with back pain", "is-running-ok-if-you-have-lower-back-pain" },
        { "shooting pain down leg", "what-are-the-symptoms-of-sciatica-in-the-lower-back" },
        { "leg tingling", "what-are-the-symptoms-of-sciatica-in-the-lower-back" },
        { "nerve pain", "what-are-the-symptoms-of-sciatica-in-the-lower-back" },
        { "best stretches", "which-stretches-help-runners-with-lower-back-pain" },
        { "exercises for back", "which-core-exercises-help-lower-back-pain-besides-the-plank" },
        { "hot or cold", "should-i-use-painkillers-heat-or-ice-for-lower-back-pain" },
        { "do i need a scan", "should-i-get-a-scan-or-x-ray-for-lower-back-pain" },
        { "going back to running", "how-do-i-return-to-running-after-lower-back-pain" },
        { "start running again", "how-do-i-return-to-running-after-lower-back-pain" },
        { "downhill running", "do-running-surfaces-and-hills-affect-lower-back-pain" },
        { "too many miles", "does-running-mileage-affect-lower-back-pain" },
        { "running too much", "does-running-mileage-affect-lower-back-pain" },
        { "back pain on my period", "why-does-my-lower-back-hurt-when-i-have-my-period" },
        { "running pregnant", "can-i-run-with-back-pain-when-pregnant" },
    };

    /// <summary>Emergency signs in readers' words: the emergency page must be the first result.</summary>
    public static TheoryData<string> EmergencyQueries => new()
    {
        "numb bum", "can't pee", "cant pee", "can't wee", "wet myself", "lost control of bladder", "pooed myself",
        "numb between my legs", "numb groin", "both legs numb", "both legs weak", "tingling in both legs",
        "pins and needles in my bum", "can't feel my bum", "incontinence", "erection problems", "saddle numbness",
        "cauda equina", "ces", "emergency", "should i go to a&e", "should i call 999", "chest pain",
        "car crash back pain", "back pain and fever", "high temperature and back pain",
    };

    public const string EmergencyPage = "when-is-lower-back-pain-an-emergency";

    [Theory]
    [MemberData(nameof(ReaderQueries))]
    public async Task Reader_query_finds_the_right_question_in_the_top_three(string query, string slug)
    {
        var page = await NewPage();
        await page.GotoAsync(SearchUrl(query));
        await Done(page);
        var top = await TopLinks(page, 3);
        Assert.True(top.Any(href => href.EndsWith($"/questions/{slug}/", StringComparison.Ordinal)),
            $"'{query}': expected {slug} in the top three, got:\n  " + string.Join("\n  ", top));
    }

    [Theory]
    [MemberData(nameof(EmergencyQueries))]
    public async Task An_emergency_sign_puts_the_emergency_page_first(string query)
    {
        var page = await NewPage();
        await page.GotoAsync(SearchUrl(query));
        await Done(page);
        var top = await TopLinks(page, 3);
        Assert.True(top.Count > 0 && top[0].EndsWith($"/questions/{EmergencyPage}/", StringComparison.Ordinal),
            $"'{query}': expected {EmergencyPage} first, got:\n  " + string.Join("\n  ", top));
    }

    [Fact]
    public async Task Typing_shows_results_and_puts_the_query_in_the_url()
    {
        var page = await NewPage();
        await page.GotoAsync(server.Origin + GuideServer.GuidePath + "search/");
        await page.Keyboard.PressAsync("/");
        await page.Keyboard.TypeAsync("sciatica", new() { Delay = 20 });
        // replaceState is not a navigation: poll the address rather than wait for one.
        await page.WaitForFunctionAsync("() => location.search === '?q=sciatica'", null, new() { Timeout = 10_000 });
        await Done(page);
        Assert.NotEmpty(await TopLinks(page, 1));
        Assert.Contains("sciatica", (await page.Locator("#bgSearchResults mark").First.TextContentAsync())!, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("result", await page.Locator("#bgSearchStatus").TextContentAsync() ?? "", StringComparison.Ordinal);

        // The URL round trip: the shared link shows the same results, and back returns to it.
        var first = (await TopLinks(page, 1))[0];
        var shared = await NewPage();
        await shared.GotoAsync(page.Url);
        await Done(shared);
        Assert.Equal("sciatica", await shared.InputValueAsync("#bgSearchInput"));
        Assert.Equal(first, (await TopLinks(shared, 1))[0]);

        var opened = shared.WaitForURLAsync(url => url.Contains("/questions/", StringComparison.Ordinal));
        await shared.Locator("#bgSearchResults li a").First.ClickAsync();
        await opened;
        await shared.GoBackAsync();
        await Done(shared);
        Assert.Equal("sciatica", await shared.InputValueAsync("#bgSearchInput"));
        Assert.NotEmpty(await TopLinks(shared, 1));
    }

    [Fact]
    public async Task Keyboard_moves_through_results_opens_one_and_escape_clears()
    {
        var page = await NewPage();
        await page.GotoAsync(SearchUrl("running"));
        await Done(page);
        var links = await TopLinks(page, 3);
        await page.FocusAsync("#bgSearchInput");
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("ArrowDown");
        Assert.Equal(links[1], await FocusedHref(page));
        await page.Keyboard.PressAsync("ArrowUp");
        Assert.Equal(links[0], await FocusedHref(page));
        // Up from the first result goes back to the box; Tab reaches the results as links too.
        await page.Keyboard.PressAsync("ArrowUp");
        Assert.Equal("bgSearchInput", await page.EvaluateAsync<string>("() => document.activeElement.id"));
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("Escape");
        Assert.Equal("bgSearchInput", await page.EvaluateAsync<string>("() => document.activeElement.id"));
        Assert.Equal("running", await page.InputValueAsync("#bgSearchInput"));

        await page.Keyboard.PressAsync("Escape");
        await Done(page);
        Assert.Equal("", await page.InputValueAsync("#bgSearchInput"));
        Assert.Equal(0, await page.Locator("#bgSearchResults > li").CountAsync());
        Assert.DoesNotContain("q=", page.Url, StringComparison.Ordinal);

        await page.Keyboard.TypeAsync("running");
        await Done(page);
        Assert.Equal("?q=running", await page.EvaluateAsync<string>("() => location.search"));
        await page.Keyboard.PressAsync("ArrowDown");
        Assert.Equal(links[0], await FocusedHref(page));
        // Wait from before the key press, so a quick navigation cannot be missed.
        var opened = page.WaitForURLAsync(url => url.Contains("/questions/", StringComparison.Ordinal));
        await page.Keyboard.PressAsync("Enter");
        await opened;
        Assert.Equal(links[0], new Uri(page.Url).AbsolutePath);
    }

    [Theory]
    [InlineData(ColorScheme.Light)]
    [InlineData(ColorScheme.Dark)]
    public async Task Axe_finds_no_violations_on_the_search_page_and_panel_with_results(ColorScheme scheme)
    {
        var page = await NewPage(scheme);
        await page.GotoAsync(SearchUrl("emergency"));
        await Done(page);
        Assert.True(await page.Locator("#bgSearchResults mark").CountAsync() > 0);
        // With a result focused, as a keyboard user sees it.
        await page.FocusAsync("#bgSearchInput");
        await page.Keyboard.PressAsync("ArrowDown");
        AssertNoViolations(await page.RunAxe(), $"search page ({scheme})");

        var panel = await NewPage(scheme);
        await panel.GotoAsync(server.Origin + GuideServer.GuidePath + "questions/how-should-i-warm-up-before-a-run/");
        await panel.Locator("#bgSearchInput").FillAsync("sciatica");
        await panel.WaitForFunctionAsync("() => document.querySelector('.search-panel').dataset.state === 'done' && document.querySelectorAll('#bgSearchResults > li').length > 0",
            null, new() { Timeout = 10_000 });
        AssertNoViolations(await panel.RunAxe(), $"search panel ({scheme})");
        Assert.Empty(pages.ScriptErrors);
    }

    [Fact]
    public async Task Slash_focuses_the_search_box_on_a_question_page()
    {
        var page = await NewPage();
        await page.GotoAsync(server.Origin + GuideServer.GuidePath + "questions/can-i-run-with-sciatica/");
        await page.Keyboard.PressAsync("/");
        Assert.Equal("bgSearchInput", await page.EvaluateAsync<string>("() => document.activeElement.id"));
    }

    [Fact]
    public async Task Typing_in_the_header_of_any_page_shows_results_under_it()
    {
        var page = await NewPage();
        await page.GotoAsync(server.Origin + GuideServer.GuidePath + "questions/how-should-i-warm-up-before-a-run/");
        Assert.False(await page.Locator(".search-panel").IsVisibleAsync());
        await page.Locator("#bgSearchInput").FillAsync("siatica");
        await page.WaitForFunctionAsync("() => document.querySelector('.search-panel').dataset.state === 'done' && document.querySelectorAll('#bgSearchResults > li').length > 0",
            null, new() { Timeout = 10_000 });
        Assert.True(await page.Locator(".search-panel").IsVisibleAsync());
        var top = await TopLinks(page, 3);
        Assert.Contains(GuideServer.GuidePath + "questions/what-are-the-symptoms-of-sciatica-in-the-lower-back/", top);
        Assert.EndsWith("/questions/how-should-i-warm-up-before-a-run/", page.Url, StringComparison.Ordinal);
        await page.Keyboard.PressAsync("Escape");
        Assert.False(await page.Locator(".search-panel").IsVisibleAsync());
        await page.Locator("#bgSearchInput").FillAsync("sciatica");
        var opened = page.WaitForURLAsync(url => url.EndsWith("/search/?q=sciatica", StringComparison.Ordinal));
        await page.Keyboard.PressAsync("Enter");
        await opened;
        Assert.Empty(pages.ScriptErrors);
    }

    [Fact]
    public async Task Red_flag_results_are_marked_and_tags_shown()
    {
        var page = await NewPage();
        await page.GotoAsync(SearchUrl("emergency"));
        await Done(page);
        var first = page.Locator("#bgSearchResults > li").First;
        Assert.Contains("result-red-flag", await first.GetAttributeAsync("class") ?? "", StringComparison.Ordinal);
        Assert.Contains("Red flag", await first.Locator(".result-flag").TextContentAsync() ?? "", StringComparison.Ordinal);
        Assert.Contains("red-flag", await first.Locator(".result-tags").TextContentAsync() ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_hostile_title_shows_as_text_and_runs_nothing()
    {
        var page = await NewPage();
        var dialogs = 0;
        page.Dialog += (_, d) =>
        {
            dialogs++;
            _ = d.DismissAsync();
        };
        await page.GotoAsync(server.Origin + GuideServer.HostilePath + "search/?q=onerror");
        await Done(page);
        var link = page.Locator("#bgSearchResults li a").First;
        Assert.Equal(GuideServer.HostileTitle, await link.TextContentAsync());
        Assert.Equal(0, await page.Locator("#bgSearchResults img, #bgSearchResults script, #bgSearchResults b").CountAsync());
        Assert.Equal(0, dialogs);
    }

    /// <summary>
    /// search.js keeps what it parsed (vocabulary, posting lists, result words) and reuses one set
    /// of scratch arrays for every ranking: a query typed after others (a prefix, a phrase synonym,
    /// an emergency sign, one of 40 words, more than one word of clause bits) must show what it
    /// shows in a fresh tab, with the same count. Accented and ASCII forms of a query are one query.
    /// </summary>
    [Fact]
    public async Task A_query_shows_the_same_results_after_other_queries_as_in_a_fresh_tab()
    {
        var longQuery = string.Join(' ', Enumerable.Repeat("hamstring stretch after long run hurts my lower back", 5));
        string[] queries = ["stre", "trapped nerve", "numb bum", longQuery, "sciatica", "stretching", "can't pee", "running", "str"];
        var fresh = new List<string>();
        foreach (var query in queries)
        {
            var page = await NewPage();
            await page.GotoAsync(SearchUrl(query));
            await Done(page);
            fresh.Add(await Shown(page));
            await page.CloseAsync();
        }
        var one = await NewPage();
        await one.GotoAsync(SearchUrl("back"));
        await Done(one);
        foreach (var (query, expected) in queries.Zip(fresh).Concat(queries.Zip(fresh).Reverse()))
        {
            Assert.Equal(expected, await ShowFromUrl(one, query));
        }
        await ShowFromUrl(one, "sciatica leg pain");
        var plain = await TopLinks(one, 10);
        await ShowFromUrl(one, "SCIATÍCA lég pain");
        Assert.NotEmpty(plain);
        Assert.Equal(plain, await TopLinks(one, 10));
    }

    private static async Task<string> ShowFromUrl(IPage page, string query)
    {
        await page.EvaluateAsync("q => { history.pushState(null, '', '?q=' + encodeURIComponent(q)); dispatchEvent(new PopStateEvent('popstate')); }", query);
        await page.WaitForFunctionAsync("() => document.querySelector('.search-page').dataset.state === 'done'", null, new() { Timeout = 10_000 });
        return await Shown(page);
    }

    private static async Task<string> Shown(IPage page) =>
        string.Join('\n', await TopLinks(page, 10)) + "\n" + await page.Locator("#bgSearchStatus").TextContentAsync();

    [Fact]
    public async Task Without_javascript_the_page_says_so_and_links_to_the_index()
    {
        var browser = server.RequireBrowser();
        await using var context = await browser.NewContextAsync(new() { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.GotoAsync(SearchUrl("sciatica"));
        var text = await page.Locator(".search-page").InnerTextAsync();
        Assert.Contains("Search needs JavaScript", text, StringComparison.Ordinal);
        Assert.True(await page.Locator($".search-page a[href='{GuideServer.GuidePath}']").CountAsync() > 0);
    }

    private string SearchUrl(string query) => server.Origin + GuideServer.GuidePath + "search/?q=" + Uri.EscapeDataString(query);

    private Task<IPage> NewPage(ColorScheme scheme = ColorScheme.Light) => pages.NewPage(scheme);

    private static Task<string> FocusedHref(IPage page) => page.EvaluateAsync<string>("() => document.activeElement.getAttribute('href')");

    private static void AssertNoViolations(AxeResult result, string what)
    {
        var violations = result.Violations.Select(v => $"{v.Id}: {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Html))}").ToList();
        Assert.True(violations.Count == 0, $"{what}:\n  " + string.Join("\n  ", violations));
    }

    public ValueTask DisposeAsync() => pages.DisposeAsync();

    private async Task Done(IPage page)
    {
        await page.WaitForFunctionAsync("() => { const p = document.querySelector('.search-page'); return p && p.dataset.state === 'done'; }",
            null, new() { Timeout = 10_000 });
        Assert.Empty(pages.ScriptErrors);
    }

    private static async Task<List<string>> TopLinks(IPage page, int count)
    {
        var hrefs = await page.Locator("#bgSearchResults > li h2 a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        return hrefs.Take(count).ToList();
    }
}
