using Microsoft.Playwright;

namespace BackpainGuide.Browser.Tests;

/// <summary>
/// Search must not be poisoned: a word that is also a property of JavaScript objects
/// ("constructor", "__proto__", "toString") is only a word, and a page stuffed with every word of
/// the guide never outranks the right answer to a reader's question (GuideServer.PoisonedInput).
/// </summary>
public sealed class SearchPoisoningTests(GuideServer server) : IAsyncDisposable
{
    private readonly BrowserPages pages = new(server);

    public static TheoryData<string, string> ReaderQueries => SearchPageTests.ReaderQueries;

    [Theory]
    [MemberData(nameof(ReaderQueries))]
    public async Task A_stuffed_page_never_outranks_the_right_answer(string query, string slug)
    {
        var page = await NewPage();
        var links = await Results(page, GuideServer.PoisonedPath, query);
        var right = links.FindIndex(href => href.EndsWith($"/questions/{slug}/", StringComparison.Ordinal));
        var stuffed = links.FindIndex(href => href.EndsWith($"/questions/{GuideServer.StuffedSlug}/", StringComparison.Ordinal));
        var shown = "\n  " + string.Join("\n  ", links);
        Assert.True(right is >= 0 and < 3, $"'{query}': expected {slug} in the top three, got:{shown}");
        Assert.True(stuffed < 0 || stuffed > right, $"'{query}': the stuffed page ranks {stuffed + 1}, above {slug} at {right + 1}:{shown}");
    }

    public static TheoryData<string> EmergencyQueries => SearchPageTests.EmergencyQueries;

    [Theory]
    [MemberData(nameof(EmergencyQueries))]
    public async Task The_emergency_page_stays_first_for_emergency_signs(string query)
    {
        var page = await NewPage();
        var links = await Results(page, GuideServer.PoisonedPath, query);
        Assert.EndsWith($"/questions/{SearchPageTests.EmergencyPage}/", links[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("constructor")]
    [InlineData("toString")]
    [InlineData("hasOwnProperty")]
    [InlineData("valueOf constructor")]
    [InlineData("prototype")]
    [InlineData("constructor constructor")]
    public async Task Object_property_names_find_nothing_in_the_guide_and_raise_no_error(string query)
    {
        var page = await NewPage();
        var links = await Results(page, GuideServer.GuidePath, query);
        Assert.Empty(links);
        Assert.StartsWith("No results for", await page.Locator("#bgSearchStatus").TextContentAsync() ?? "", StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("__proto__", "proto")]
    [InlineData("__proto__ constructor", "proto constructor")]
    [InlineData("constructor.prototype", "prototype")]
    public async Task Punctuated_property_names_are_only_their_words(string query, string words)
    {
        // "__proto__" is the word "proto" (which, as the word being typed, also finds "protocol").
        var page = await NewPage();
        var expected = await Results(page, GuideServer.GuidePath, words);
        Assert.Equal(expected, await Results(page, GuideServer.GuidePath, query));
    }

    [Theory]
    [InlineData("constructor")]
    [InlineData("zzspam")]
    [InlineData("tostring")]
    public async Task Object_property_names_are_ordinary_words_where_a_page_uses_them(string query)
    {
        var page = await NewPage();
        var links = await Results(page, GuideServer.PoisonedPath, query);
        // Only the page that has the word (or its synonym), once.
        Assert.Equal([GuideServer.PoisonedPath + $"questions/{GuideServer.StuffedSlug}/"], links);
    }

    private async Task<List<string>> Results(IPage page, string site, string query)
    {
        await page.GotoAsync(server.Origin + site + "search/?q=" + Uri.EscapeDataString(query));
        await page.WaitForFunctionAsync("() => { const p = document.querySelector('.search-page'); return p && p.dataset.state === 'done'; }",
            null, new() { Timeout = 10_000 });
        Assert.Empty(pages.ScriptErrors);
        var hrefs = await page.Locator("#bgSearchResults > li h2 a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        return hrefs.ToList();
    }

    private Task<IPage> NewPage() => pages.NewPage();

    public ValueTask DisposeAsync() => pages.DisposeAsync();
}
