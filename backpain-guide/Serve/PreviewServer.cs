using System.Net;
using BackpainGuide.Write;

namespace BackpainGuide.Serve;

/// <summary>
/// A small static file server for previewing a built site on 127.0.0.1, at the base path the site
/// was built for (so /backpain-guide/ links work as they will in production). Read-only, loopback
/// only; paths are resolved with the writer's own checks, so nothing outside the folder is served.
/// </summary>
public sealed class PreviewServer : IDisposable
{
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
    };

    private readonly HttpListener listener = new();
    private readonly string root;
    private readonly string basePath;
    private readonly CancellationTokenSource stop = new();
    private Task? loop;

    public PreviewServer(string root, string basePath, int port)
    {
        this.root = Path.GetFullPath(root);
        this.basePath = basePath;
        Port = port;
        listener.Prefixes.Add($"http://127.0.0.1:{port}/");
    }

    public int Port { get; }

    public string Url => $"http://127.0.0.1:{Port}{basePath}";

    public void Start()
    {
        listener.Start();
        loop = Task.Run(Serve);
    }

    private async Task Serve()
    {
        while (!stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync().ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }
            _ = Task.Run(() => Respond(context));
        }
    }

    private async Task Respond(HttpListenerContext context)
    {
        var response = context.Response;
        try
        {
            var (status, file) = Find(context.Request.Url?.AbsolutePath ?? "/");
            response.StatusCode = status;
            if (status is 301)
            {
                response.RedirectLocation = basePath;
                return;
            }
            if (file is null) return;
            response.ContentType = ContentTypes.GetValueOrDefault(Path.GetExtension(file), "application/octet-stream");
            response.Headers["Cache-Control"] = "no-store";
            var bytes = await File.ReadAllBytesAsync(file).ConfigureAwait(false);
            response.ContentLength64 = bytes.Length;
            if (context.Request.HttpMethod != "HEAD") await response.OutputStream.WriteAsync(bytes).ConfigureAwait(false);
        }
        catch (IOException)
        {
            response.StatusCode = 500;
        }
        finally
        {
            response.Close();
        }
    }

    /// <summary>The status and file for a request path: 200 with the file, 404 with 404.html, 301 to the base path.</summary>
    public (int Status, string? File) Find(string requestPath)
    {
        var path = Uri.UnescapeDataString(requestPath);
        if (path == "/" && basePath != "/") return (301, null);
        if (!path.StartsWith(basePath, StringComparison.Ordinal)) return NotFound();
        var relative = path[basePath.Length..];
        if (relative.Length == 0 || relative.EndsWith('/')) relative += "index.html";
        try
        {
            var full = OutputFolder.Resolve(root, relative);
            if (File.Exists(full)) return (200, full);
            if (Directory.Exists(full) && File.Exists(Path.Combine(full, "index.html"))) return (200, Path.Combine(full, "index.html"));
        }
        catch (InvalidOperationException)
        {
            // A path with '..' or the like: refused like any missing file.
        }
        return NotFound();
    }

    private (int, string?) NotFound()
    {
        var page = Path.Combine(root, "404.html");
        return (404, File.Exists(page) ? page : null);
    }

    public void Dispose()
    {
        stop.Cancel();
        listener.Close();
        try
        {
            loop?.Wait(TimeSpan.FromSeconds(2));
        }
        catch (AggregateException)
        {
        }
        stop.Dispose();
    }
}
