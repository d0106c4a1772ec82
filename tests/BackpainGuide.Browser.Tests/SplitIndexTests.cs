using Microsoft.Playwright;

namespace BackpainGuide.Browser.Tests;

/// <summary>
/// A big site's common words ship only their head in terms-NNN.json and the rest in rest-NNN.json
/// (docs/search.md). The guide served again with heads of ten postings (<see cref="GuideServer.SplitPath"/>)
/// must answer every query as the guide does, result for result, in order, with the same count:
/// a query of one word from the heads alone, any other from the whole lists.
/// </summary>
public sealed class SplitIndexTests(GuideServer server) : IAsyncDisposable
{
    private readonly List<IBrowserContext> contexts = [];

    private static readonly string[] OneWord =
    [
        "running", "run", "runs", "pain", "back", "stretch", "stretches", "physio", "sciatica", "sciatca", "ice",
        "rest", "hamstrings", "improve", "help", "evidence", "usually", "core", "shoes", "doctor", "gp", "sleep",
    ];

    /// <summary>Words being typed: the last word also matches the words it begins.</summary>
    private static readonly string[] Typing = ["r", "ru", "stret", "sci", "phys"];

    public static TheoryData<string> Batches()
    {
        var queries = OneWord.Concat(Typing).Concat(SearchPageTests.ReaderQueries.Select(r => r.Data.Item1))
            .Concat(SearchPageTests.EmergencyQueries.Select(r => r.Data))
            .Concat(OneWord.Select(w => w + " ")).Distinct(StringComparer.Ordinal).ToList();
        // A few batches, so a failure names a smaller list and the batches run in parallel.
        var data = new TheoryData<string>();
        for (var i = 0; i < queries.Count; i += 40) data.Add(string.Join('\n', queries.Skip(i).Take(40)));
        return data;
    }

    [Theory]
    [MemberData(nameof(Batches))]
    public async Task Split_lists_give_the_same_results_as_whole_ones(string batch)
    {
        var queries = batch.Split('\n');
        var whole = await Answers(GuideServer.GuidePath, queries);
        var split = await Answers(GuideServer.SplitPath, queries);
        for (var i = 0; i < queries.Length; i++)
        {
            Assert.True(whole[i].Length > 1 || queries[i].Length < 3, $"'{queries[i]}' found nothing on the guide");
            Assert.True(whole[i].SequenceEqual(split[i]),
                $"'{queries[i]}':\n  whole: {string.Join(" | ", whole[i])}\n  split: {string.Join(" | ", split[i])}");
        }
    }

    [Fact]
    public async Task A_one_word_query_fetches_no_rest_file_and_a_longer_one_does()
    {
        // "improve" is on 29 of the guide's questions, its forms (improves, improving) share its
        // stem, and no synonym group has it: one stem, split, which the head answers.
        var oneWord = await Fetched("improve");
        Assert.Contains(oneWord, f => f.StartsWith("terms-", StringComparison.Ordinal));
        Assert.DoesNotContain(oneWord, f => f.StartsWith("rest-", StringComparison.Ordinal));
        Assert.DoesNotContain("urgent.json", oneWord);
        Assert.Contains(await Fetched("running back pain"), f => f.StartsWith("rest-", StringComparison.Ordinal));
        Assert.Contains("urgent.json", await Fetched("numb bum"));
    }

    /// <summary>The index files a query fetches in a fresh tab of the split guide.</summary>
    private async Task<List<string>> Fetched(string query)
    {
        var page = await NewPage();
        var files = new List<string>();
        page.RequestFinished += (_, r) =>
        {
            var at = r.Url.IndexOf("/search/index/", StringComparison.Ordinal);
            if (at >= 0) lock (files) files.Add(r.Url[(at + "/search/index/".Length)..]);
        };
        await page.GotoAsync(server.Origin + GuideServer.SplitPath + "search/?q=" + Uri.EscapeDataString(query));
        await page.WaitForFunctionAsync("() => document.querySelector('.search-page').dataset.state === 'done'");
        await page.WaitForTimeoutAsync(100);
        lock (files) return [.. files];
    }

    /// <summary>For each query: the status line, then every result's link, as the site shows them (its own prefix removed).</summary>
    private async Task<string[][]> Answers(string sitePath, string[] queries)
    {
        var page = await NewPage();
        await page.GotoAsync(server.Origin + sitePath + "search/");
        await page.WaitForFunctionAsync("() => document.querySelector('.search-page').dataset.ready === 'true'");
        return await page.EvaluateAsync<string[][]>("""
            async ([queries, prefix]) => {
              const el = document.querySelector(".search-page"), out = [];
              for (const q of queries) {
                const done = new Promise(resolve => {
                  const mo = new MutationObserver(() => { if (el.dataset.state === "done") { mo.disconnect(); resolve(); } });
                  mo.observe(el, { attributes: true });
                });
                history.pushState(null, "", "?q=" + encodeURIComponent(q));
                dispatchEvent(new PopStateEvent("popstate"));
                await done;
                const links = Array.from(document.querySelectorAll("#bgSearchResults .result-title a"), a => a.getAttribute("href").split(prefix).join("/"));
                out.push([document.getElementById("bgSearchStatus").textContent, ...links]);
              }
              return out;
            }
            """, new object[] { queries, sitePath });
    }

    private async Task<IPage> NewPage()
    {
        var context = await server.RequireBrowser().NewContextAsync();
        contexts.Add(context);
        return await context.NewPageAsync();
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var context in contexts) await context.DisposeAsync();
    }
}
