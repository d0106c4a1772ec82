using Microsoft.Playwright;

namespace BackpainGuide.Browser.Tests;

/// <summary>
/// Pages for one test class, each in a context of its own so no state carries over, with every
/// uncaught script error collected for the test to assert on.
/// </summary>
internal sealed class BrowserPages(GuideServer server) : IAsyncDisposable
{
    private readonly List<IBrowserContext> contexts = [];

    public List<string> ScriptErrors { get; } = [];

    public async Task<IPage> NewPage(ColorScheme scheme = ColorScheme.Light)
    {
        var context = await server.RequireBrowser().NewContextAsync(new() { ColorScheme = scheme });
        contexts.Add(context);
        var page = await context.NewPageAsync();
        page.PageError += (_, error) => ScriptErrors.Add(error);
        return page;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var context in contexts) await context.DisposeAsync();
    }
}
