using Microsoft.Playwright;

namespace BackpainGuide.Browser.Tests;

/// <summary>
/// What every query needs first, meta.json, is fetched before the first query: on the search page
/// as it opens, elsewhere when the header's box gets focus, and never by a page nobody searches on.
/// </summary>
public sealed class SearchWarmTests(GuideServer server) : IAsyncDisposable
{
    private readonly List<IBrowserContext> contexts = [];

    [Fact]
    public async Task A_question_page_fetches_the_index_only_once_the_box_has_focus()
    {
        var (page, fetched) = await Watched();
        await page.GotoAsync(server.Origin + GuideServer.GuidePath + "questions/when-is-lower-back-pain-an-emergency/");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.Empty(Snapshot(fetched));
        await page.FocusAsync("#bgSearchInput");
        await page.WaitForFunctionAsync("() => performance.getEntriesByType('resource').some(e => e.name.endsWith('/search/index/meta.json'))");
        Assert.Equal(["meta.json"], Snapshot(fetched));
    }

    [Fact]
    public async Task The_search_page_fetches_meta_json_as_it_opens_and_once()
    {
        var (page, fetched) = await Watched();
        await page.GotoAsync(server.Origin + GuideServer.GuidePath + "search/");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.Equal(["meta.json"], Snapshot(fetched));
        await page.FillAsync("#bgSearchInput", "sciatica");
        await page.WaitForFunctionAsync("() => document.querySelector('.search-page').dataset.state === 'done' && location.search === '?q=sciatica'");
        Assert.Single(Snapshot(fetched), f => f == "meta.json");
        Assert.Contains(Snapshot(fetched), f => f.StartsWith("terms-", StringComparison.Ordinal));
    }

    private static List<string> Snapshot(List<string> fetched)
    {
        lock (fetched) return [.. fetched];
    }

    private async Task<(IPage Page, List<string> Fetched)> Watched()
    {
        var context = await server.RequireBrowser().NewContextAsync();
        contexts.Add(context);
        var page = await context.NewPageAsync();
        var fetched = new List<string>();
        page.Request += (_, r) =>
        {
            var at = r.Url.IndexOf("/search/index/", StringComparison.Ordinal);
            if (at >= 0) lock (fetched) fetched.Add(r.Url[(at + "/search/index/".Length)..]);
        };
        return (page, fetched);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var context in contexts) await context.DisposeAsync();
    }
}
