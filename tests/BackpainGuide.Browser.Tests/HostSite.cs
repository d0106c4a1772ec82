using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace BackpainGuide.Browser.Tests;

/// <summary>
/// Another site on its own loopback port: the pages a host (a running club, a clinic) would
/// write, set by each test. A second instance plays a third, unrelated origin.
/// </summary>
public sealed class HostSite : IDisposable
{
    private readonly HttpListener listener = new();
    private readonly ConcurrentDictionary<string, string> pages = new(StringComparer.Ordinal);

    public HostSite()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        Origin = $"http://127.0.0.1:{port}";
        listener.Prefixes.Add(Origin + "/");
        listener.Start();
        _ = Task.Run(Serve);
    }

    public string Origin { get; }

    /// <summary>Serves <paramref name="html"/> at a fresh path and returns its URL.</summary>
    public string Page(string html)
    {
        var path = "/" + Guid.NewGuid().ToString("N") + ".html";
        pages[path] = html;
        return Origin + path;
    }

    /// <summary>A plain host page around <paramref name="body"/>, with focusable links before and after it.</summary>
    public static string Wrap(string body) => $"""
        <!doctype html>
        <html lang="en">
        <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Riverside running club: back pain</title></head>
        <body>
        <main>
        <h1>Riverside running club</h1>
        <p><a id="before" href="#before">A link before the embeds</a></p>
        {body}
        <p><a id="after" href="#after">A link after the embeds</a></p>
        </main>
        </body>
        </html>
        """;

    public void Dispose() => listener.Close();

    private async Task Serve()
    {
        while (listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }
            var response = context.Response;
            try
            {
                if (pages.TryGetValue(context.Request.Url?.AbsolutePath ?? "", out var html))
                {
                    var bytes = Encoding.UTF8.GetBytes(html);
                    response.ContentType = "text/html; charset=utf-8";
                    response.ContentLength64 = bytes.Length;
                    response.OutputStream.Write(bytes);
                }
                else
                {
                    response.StatusCode = 404;
                }
            }
            catch (HttpListenerException)
            {
            }
            finally
            {
                response.Close();
            }
        }
    }
}
