using System.Net;
using System.Net.Sockets;
using BackpainGuide.Serve;
using BackpainGuide.Tests.Support;

namespace BackpainGuide.Tests.Serve;

/// <summary>Requests a hostile or careless client sends to the preview server.</summary>
public sealed class PreviewHardeningTests : IDisposable
{
    private readonly TestSite site = new();
    private readonly HttpClient client = new(new HttpClientHandler { AllowAutoRedirect = false });

    [Theory]
    [InlineData("%00")]
    [InlineData("questions/a%00/")]
    [InlineData("%01")]
    [InlineData("%7F")]
    public async Task A_control_character_in_the_path_is_a_bad_request_and_the_server_carries_on(string path)
    {
        await using var server = await Start("/guide/");
        using (var response = await client.GetAsync(server.Url + path, TestContext.Current.CancellationToken))
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        }
        using var next = await client.GetAsync(server.Url + "questions/a/", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, next.StatusCode);
    }

    [Fact]
    public async Task Pages_are_found_when_the_base_path_has_a_space()
    {
        await using var server = await Start("/my%20guide/");
        using var response = await client.GetAsync(server.Url + "questions/a/", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<h1>A?</h1>", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_idle_connection_is_closed()
    {
        await using var server = await Start("/guide/", new PreviewLimits(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(15)));
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(IPAddress.Loopback, server.Server.Port, TestContext.Current.CancellationToken);
        var stream = tcp.GetStream();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(10));
        var read = -1;
        try
        {
            read = await stream.ReadAsync(new byte[1], timeout.Token);
        }
        catch (OperationCanceledException)
        {
        }
        catch (IOException)
        {
            read = 0; // reset by the server: closed all the same
        }
        Assert.Equal(0, read);
    }

    private Task<PreviewHost> Start(string basePath, PreviewLimits? limits = null)
    {
        site.Question("a", "A?");
        return PreviewHost.Start(site, basePath, limits);
    }

    public void Dispose()
    {
        client.Dispose();
        site.Dispose();
    }
}
