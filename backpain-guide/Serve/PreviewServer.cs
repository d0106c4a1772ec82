using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace BackpainGuide.Serve;

/// <summary>How long the server waits on quiet clients.</summary>
/// <param name="Idle">A connection with no request in flight is closed after this long.</param>
/// <param name="Heartbeat">An event stream with nothing to say sends a comment this often, so a dead tab is noticed.</param>
public sealed record PreviewLimits(TimeSpan Idle, TimeSpan Heartbeat)
{
    public static readonly PreviewLimits Default = new(TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(15));
}

/// <summary>
/// The preview's web server: Kestrel on 127.0.0.1 only, serving the current <see cref="Snapshot"/>
/// from memory at the site's base path (so /backpain-guide/ links work as they will when
/// published), plus the reload script and event stream under {base}__preview/. Paths are looked
/// up in the snapshot's table, never on disk, so no request can reach a file outside the site.
/// </summary>
public sealed class PreviewServer : IAsyncDisposable
{
    public const string PreviewFolder = "__preview/";

    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".json"] = "application/json",
        [".xml"] = "application/xml",
        [".txt"] = "text/plain; charset=utf-8",
        [".svg"] = "image/svg+xml",
        [".png"] = "image/png",
        [".webmanifest"] = "application/manifest+json",
    };

    private readonly string basePath;
    private readonly string decodedBase;
    private readonly Func<Snapshot> current;
    private readonly EventHub events;
    private readonly PreviewLimits limits;
    private readonly CancellationTokenSource stopping = new();
    private readonly byte[] scriptTag;
    private readonly WebApplication app;

    /// <param name="basePath">The site's base path as in its URLs (percent-encoded), starting and ending with '/'.</param>
    /// <param name="port">The port on 127.0.0.1; 0 picks a free one (see <see cref="Port"/>).</param>
    /// <param name="follow">Whether tabs follow edits until their reader turns it off (serve --follow).</param>
    public PreviewServer(string basePath, int port, Func<Snapshot> current, EventHub events, PreviewLimits? limits = null, bool follow = false)
    {
        this.basePath = basePath;
        decodedBase = Uri.UnescapeDataString(basePath);
        this.current = current;
        this.events = events;
        this.limits = limits ?? PreviewLimits.Default;
        scriptTag = Encoding.UTF8.GetBytes($"<script src=\"{basePath}{PreviewFolder}reload.js\" data-follow=\"{(follow ? "on" : "off")}\" defer></script>");

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            Args = [],
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = Environments.Production,
        });
        builder.Logging.ClearProviders();
        // The command handles Ctrl+C itself (it also stops the watcher); no console lifetime here.
        builder.Services.AddSingleton<IHostLifetime, QuietLifetime>();
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(2));
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.AddServerHeader = false;
            k.Listen(IPAddress.Loopback, port);
            k.Limits.KeepAliveTimeout = this.limits.Idle;
            k.Limits.RequestHeadersTimeout = this.limits.Idle;
            k.Limits.MaxRequestBodySize = 0;
            k.Limits.MaxConcurrentConnections = 256;
        });
        app = builder.Build();
        app.Run(Handle);
    }

    public int Port { get; private set; }

    public string Url => $"http://127.0.0.1:{Port}{basePath}";

    public async Task StartAsync()
    {
        await app.StartAsync().ConfigureAwait(false);
        var address = app.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>()
            .Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
            ?? throw new InvalidOperationException("the server reported no address");
        Port = new Uri(address).Port;
    }

    private async Task Handle(HttpContext context)
    {
        var request = context.Request;
        var response = context.Response;
        response.Headers.CacheControl = "no-store";
        response.Headers.XContentTypeOptions = "nosniff";
        var path = request.Path.Value ?? "/";
        if (path.Any(char.IsControl))
        {
            await Text(response, 400, "bad request: the path contains a control character\n").ConfigureAwait(false);
            return;
        }
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            response.Headers.Allow = "GET, HEAD";
            await Text(response, 405, "the preview is read-only\n").ConfigureAwait(false);
            return;
        }
        if (!path.StartsWith(decodedBase, StringComparison.Ordinal))
        {
            if (path == "/" || path + "/" == decodedBase)
            {
                response.StatusCode = 301;
                response.Headers.Location = basePath;
                return;
            }
            await NotFound(context).ConfigureAwait(false);
            return;
        }

        var relative = path[decodedBase.Length..];
        if (relative == PreviewFolder + "events")
        {
            await Stream(context).ConfigureAwait(false);
            return;
        }
        if (relative == PreviewFolder + "reload.js")
        {
            await Send(context, 200, "text/javascript; charset=utf-8", ReloadScript.Bytes).ConfigureAwait(false);
            return;
        }

        var snapshot = current();
        if (snapshot.Files.Count == 0)
        {
            await Send(context, 503, "text/html; charset=utf-8", NotBuiltPage).ConfigureAwait(false);
            return;
        }
        if (Find(snapshot, relative) is { } found)
        {
            await Send(context, 200, ContentType(found.Path), found.File.Bytes).ConfigureAwait(false);
            return;
        }
        await NotFound(context).ConfigureAwait(false);
    }

    /// <summary>The output file for a path below the base path: "questions/x/" is "questions/x/index.html".</summary>
    public static (string Path, SnapshotFile File)? Find(Snapshot snapshot, string relative)
    {
        if (relative.Length == 0 || relative.EndsWith('/')) relative += "index.html";
        if (snapshot.Files.TryGetValue(relative, out var file)) return (relative, file);
        var index = relative + "/index.html";
        return snapshot.Files.TryGetValue(index, out file) ? (index, file) : null;
    }

    private Task NotFound(HttpContext context)
    {
        var snapshot = current();
        return snapshot.Files.TryGetValue("404.html", out var page)
            ? Send(context, 404, "text/html; charset=utf-8", page.Bytes)
            : Text(context.Response, 404, "not found\n");
    }

    private async Task Send(HttpContext context, int status, string contentType, byte[] bytes)
    {
        var response = context.Response;
        response.StatusCode = status;
        response.ContentType = contentType;
        // The reload script goes into HTML as it is served, never into the snapshot or a build.
        var html = contentType.StartsWith("text/html", StringComparison.Ordinal);
        var at = html ? HeadEnd(bytes) : -1;
        response.ContentLength = bytes.Length + (html ? scriptTag.Length : 0);
        if (HttpMethods.IsHead(context.Request.Method)) return;
        var body = response.Body;
        var token = context.RequestAborted;
        try
        {
            if (!html)
            {
                await body.WriteAsync(bytes, token).ConfigureAwait(false);
                return;
            }
            await body.WriteAsync(bytes.AsMemory(0, at), token).ConfigureAwait(false);
            await body.WriteAsync(scriptTag, token).ConfigureAwait(false);
            await body.WriteAsync(bytes.AsMemory(at), token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // The tab went away mid-response.
        }
    }

    /// <summary>Where "&lt;/head&gt;" starts, or the end when a page has none.</summary>
    private static int HeadEnd(byte[] html)
    {
        var at = html.AsSpan().IndexOf("</head>"u8);
        return at < 0 ? html.Length : at;
    }

    private static Task Text(HttpResponse response, int status, string text)
    {
        response.StatusCode = status;
        response.ContentType = "text/plain; charset=utf-8";
        return response.WriteAsync(text);
    }

    /// <summary>One tab's event stream: the current state, then every event, with heartbeats.</summary>
    private async Task Stream(HttpContext context)
    {
        var response = context.Response;
        response.ContentType = "text/event-stream";
        context.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        if (HttpMethods.IsHead(context.Request.Method)) return;
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping.Token);
        var token = linked.Token;
        var channel = events.Open();
        try
        {
            await response.WriteAsync("retry: 1000\n\n", token).ConfigureAwait(false);
            await response.Body.FlushAsync(token).ConfigureAwait(false);
            while (true)
            {
                bool more;
                using (var quiet = CancellationTokenSource.CreateLinkedTokenSource(token))
                {
                    quiet.CancelAfter(limits.Heartbeat);
                    try
                    {
                        more = await channel.Reader.WaitToReadAsync(quiet.Token).ConfigureAwait(false);
                    }
                    catch (OperationCanceledException) when (!token.IsCancellationRequested)
                    {
                        await response.WriteAsync(": still here\n\n", token).ConfigureAwait(false);
                        await response.Body.FlushAsync(token).ConfigureAwait(false);
                        continue;
                    }
                }
                if (!more) return;
                while (channel.Reader.TryRead(out var message)) await response.WriteAsync(message, token).ConfigureAwait(false);
                await response.Body.FlushAsync(token).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or IOException)
        {
            // The tab closed, or the server is stopping.
        }
        finally
        {
            events.Close(channel);
        }
    }

    private static string ContentType(string path) =>
        ContentTypes.GetValueOrDefault(Path.GetExtension(path), "application/octet-stream");

    private static readonly byte[] NotBuiltPage = Encoding.UTF8.GetBytes(
        "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Not built yet</title>\n</head>\n" +
        "<body>\n<p>The site has not built yet: the terminal lists the errors. This page reloads when they are fixed.</p>\n</body>\n</html>\n");

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync().ConfigureAwait(false);
        events.CloseAll();
        try
        {
            await app.StopAsync().ConfigureAwait(false);
        }
        finally
        {
            await app.DisposeAsync().ConfigureAwait(false);
            stopping.Dispose();
        }
    }

    /// <summary>A host lifetime that neither listens for Ctrl+C nor prints anything.</summary>
    private sealed class QuietLifetime : IHostLifetime
    {
        public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
