using System.Net;
using BackpainGuide.Tests.Support;

namespace BackpainGuide.Tests.Serve;

public sealed class PreviewServerTests : IAsyncLifetime
{
    private readonly TestSite site = new();
    private readonly HttpClient client = new(new HttpClientHandler { AllowAutoRedirect = false });
    private PreviewHost host = null!;

    public async ValueTask InitializeAsync()
    {
        site.Question("a", "A?", "[b](b.md)\n", related: "[b]").Question("b", "B?", "[a](a.md)\n", related: "[a]");
        host = await PreviewHost.Start(site);
    }

    [Fact]
    public async Task Serves_pages_at_the_base_path_with_their_content_types()
    {
        using var page = await client.GetAsync(host.Url + "questions/a/", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<h1>A?</h1>", await page.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        using var css = await client.GetAsync(host.Url + "assets/site.css", TestContext.Current.CancellationToken);
        Assert.Equal("text/css", css.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_root_redirects_to_the_base_path()
    {
        using var response = await client.GetAsync($"http://127.0.0.1:{host.Server.Port}/", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/guide/", response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("nope/")]
    [InlineData("..%2f..%2f..%2fetc%2fpasswd")]
    [InlineData("questions/%2e%2e/%2e%2e/%2e%2e/x")]
    [InlineData("questions/..%5c..%5cx")]
    public async Task Missing_or_escaping_paths_get_the_404_page(string path)
    {
        using var response = await client.GetAsync(host.Url + path, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Page not found", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_reload_script_is_added_to_served_html_only_never_to_the_built_bytes()
    {
        var tag = "<script src=\"/guide/__preview/reload.js\" data-follow=\"off\" defer></script></head>";
        var page = await client.GetStringAsync(host.Url + "questions/a/", TestContext.Current.CancellationToken);
        Assert.Contains(tag, page, StringComparison.Ordinal);
        Assert.DoesNotContain("__preview", System.Text.Encoding.UTF8.GetString(host.Session.Current.Files["questions/a/index.html"].Bytes), StringComparison.Ordinal);
        var css = await client.GetStringAsync(host.Url + "assets/site.css", TestContext.Current.CancellationToken);
        Assert.DoesNotContain("__preview", css, StringComparison.Ordinal);
        using var script = await client.GetAsync(host.Url + "__preview/reload.js", TestContext.Current.CancellationToken);
        Assert.Equal("text/javascript", script.Content.Headers.ContentType?.MediaType);
        Assert.Contains("EventSource", await script.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Many_tabs_with_open_event_streams_do_not_hold_up_page_requests()
    {
        var streams = new List<EventStream>();
        try
        {
            for (var i = 0; i < 12; i++) streams.Add(await EventStream.Open(host.Url));
            Assert.Equal(12, host.Events.Streams);
            var pages = await Task.WhenAll(Enumerable.Range(0, 60).Select(i =>
                client.GetStringAsync(host.Url + (i % 2 == 0 ? "questions/a/" : "questions/b/"), TestContext.Current.CancellationToken)));
            Assert.All(pages, p => Assert.Contains("</html>", p, StringComparison.Ordinal));

            // Every stream hears the same event.
            host.Events.Send(BackpainGuide.Serve.PreviewEvents.Reload("/guide/", ["questions/a/index.html"]), false, true);
            foreach (var stream in streams) await stream.Next("reload", TimeSpan.FromSeconds(10), e => EventStream.Changed(e, "/guide/questions/a/"));
        }
        finally
        {
            foreach (var stream in streams) await stream.DisposeAsync();
        }
    }

    [Fact]
    public async Task The_preview_is_read_only()
    {
        using var response = await client.PostAsync(host.Url + "questions/a/", new StringContent("x"), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    public async ValueTask DisposeAsync()
    {
        client.Dispose();
        await host.DisposeAsync();
        site.Dispose();
    }
}
