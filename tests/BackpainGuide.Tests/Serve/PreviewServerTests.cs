using System.Net;
using System.Net.Sockets;
using BackpainGuide.Serve;
using BackpainGuide.Tests.Support;

namespace BackpainGuide.Tests.Serve;

public sealed class PreviewServerTests : IDisposable
{
    private readonly TestSite site = new();
    private readonly PreviewServer server;
    private readonly HttpClient client = new(new HttpClientHandler { AllowAutoRedirect = false });

    public PreviewServerTests()
    {
        site.Question("a", "A?", "[b](b.md)\n", related: "[b]").Question("b", "B?", "[a](a.md)\n", related: "[a]");
        var port = FreePort();
        Assert.True(site.Build($"http://127.0.0.1:{port}/guide/").Succeeded);
        server = new PreviewServer(site.Output, "/guide/", port);
        server.Start();
    }

    [Fact]
    public async Task Serves_pages_at_the_base_path_with_their_content_types()
    {
        using var page = await client.GetAsync(server.Url + "questions/a/", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<h1>A?</h1>", await page.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        using var css = await client.GetAsync(server.Url + "assets/site.css", TestContext.Current.CancellationToken);
        Assert.Equal("text/css", css.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_root_redirects_to_the_base_path()
    {
        using var response = await client.GetAsync($"http://127.0.0.1:{server.Port}/", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/guide/", response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("nope/")]
    [InlineData("..%2f..%2f..%2fetc%2fpasswd")]
    [InlineData("questions/%2e%2e/%2e%2e/%2e%2e/x")]
    public async Task Missing_or_escaping_paths_get_the_404_page(string path)
    {
        using var response = await client.GetAsync(server.Url + path, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Page not found", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public void Paths_resolve_only_inside_the_output_folder()
    {
        Assert.Equal(404, server.Find("/guide/../../etc/passwd").Status);
        Assert.Equal(404, server.Find("/elsewhere/index.html").Status);
        Assert.Equal(200, server.Find("/guide/questions/b/").Status);
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        client.Dispose();
        server.Dispose();
        site.Dispose();
    }
}
