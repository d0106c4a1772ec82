using BackpainGuide.Build;
using BackpainGuide.Serve;
using BackpainGuide.Tests.Support;

namespace BackpainGuide.Tests.Serve;

/// <summary>
/// A preview of a <see cref="TestSite"/> in this process, the way the serve command wires it: a
/// server on a free loopback port, a session built for that port, and the events it publishes.
/// </summary>
internal sealed class PreviewHost : IAsyncDisposable
{
    private readonly string basePath;

    private PreviewHost(PreviewServer server, BuildSession session, EventHub events, string basePath)
    {
        this.basePath = basePath;
        Server = server;
        Session = session;
        Events = events;
    }

    public PreviewServer Server { get; }

    public BuildSession Session { get; }

    public EventHub Events { get; }

    public string Url => Server.Url;

    /// <summary>Starts a server for <paramref name="site"/> at <paramref name="basePath"/> (as written in a URL).</summary>
    public static async Task<PreviewHost> Start(TestSite site, string basePath = "/guide/", PreviewLimits? limits = null, bool build = true,
        string? theme = null)
    {
        var events = new EventHub();
        BuildSession? session = null;
        var server = new PreviewServer(basePath, 0, () => session?.Current ?? Snapshot.Empty, events, limits);
        await server.StartAsync();
        session = new BuildSession(new BuildOptions(site.Input, site.Output, theme ?? Paths.Theme, site.Root, $"http://127.0.0.1:{server.Port}{basePath}"));
        var host = new PreviewHost(server, session, events, basePath);
        if (build) host.Rebuild();
        return host;
    }

    /// <summary>One rebuild, publishing its changes as the serve command does; returns once it is settled (its rest done).</summary>
    public RebuildResult Rebuild(IReadOnlyCollection<string>? edited = null)
    {
        var result = Session.Rebuild(changed => Events.Send(PreviewEvents.Reload(basePath, changed), false, true), edited: edited);
        if (!result.Succeeded) Events.Send(PreviewEvents.BuildError(result.Diagnostics, _ => null), true, false);
        return result.Rest is { } rest ? rest.GetAwaiter().GetResult() ?? result : result;
    }

    public ValueTask DisposeAsync() => Server.DisposeAsync();
}
