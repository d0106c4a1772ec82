using System.Runtime.InteropServices;
using BackpainGuide.Build;
using BackpainGuide.Diagnostics;
using BackpainGuide.Load;
using BackpainGuide.Serve;

namespace BackpainGuide.Cli;

/// <summary>
/// The serve command: keeps the site in memory and serves it on 127.0.0.1 at site.yml's base
/// path; on every change under the input or theme folder it rebuilds (reusing what did not
/// change), swaps the new site in and tells open tabs which URLs changed. A failed rebuild prints
/// its diagnostics, shows them in the tabs, and leaves the last good site being served. Nothing is
/// written to disk.
/// </summary>
public static class PreviewCommand
{
    /// <summary>A burst of saves is one rebuild: wait this long for quiet after a change.</summary>
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(25);

    private static readonly TimeSpan LongestBurst = TimeSpan.FromMilliseconds(500);

    public static int Run(BuildOptions options, int port, bool quiet, TextWriter stdout, TextWriter stderr, bool follow = false)
    {
        // A background rest reports from its own thread.
        stderr = TextWriter.Synchronized(stderr);
        var basePath = LocalBasePath(options);
        var events = new EventHub();
        BuildSession? session = null;
        var server = new PreviewServer(basePath, port, () => session?.Current ?? Snapshot.Empty, events, follow: follow);
        try
        {
            server.StartAsync().GetAwaiter().GetResult();
        }
        catch (IOException ex)
        {
            server.DisposeAsync().AsTask().GetAwaiter().GetResult();
            stderr.WriteLine($"error: cannot listen on 127.0.0.1:{port}: {ex.Message} (try --port, or --port 0 for any free port)");
            return Runner.UsageError;
        }

        using var stop = new CancellationTokenSource();
        void Stop(PosixSignalContext context)
        {
            context.Cancel = true;
            stop.Cancel();
        }
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
        try
        {
            session = new BuildSession(options with { BaseUrl = $"http://127.0.0.1:{server.Port}{basePath}" });
            using var watcher = new ChangeWatcher(options.Folders());
            Rebuild(session, events, basePath, quiet, stdout, stderr);
            stderr.WriteLine($"serving {server.Url} (Ctrl+C to stop); watching {string.Join(" and ", options.Folders())}");
            while (watcher.WaitForBurst(Quiet, LongestBurst, stop.Token, out var burst))
            {
                Rebuild(session, events, basePath, quiet, stdout, stderr, burst);
            }
        }
        finally
        {
            server.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
        stderr.WriteLine("stopped");
        return Runner.Ok;
    }

    private static void Rebuild(BuildSession session, EventHub events, string basePath, bool quiet, TextWriter stdout, TextWriter stderr,
        IReadOnlyCollection<string>? burst = null)
    {
        RebuildResult result;
        try
        {
            result = session.Rebuild(changed =>
            {
                // The first swap (the pages) always speaks, so a fix that changes nothing still clears an overlay.
                if (changed.Count > 0 || events.State is not null)
                {
                    events.Send(PreviewEvents.Reload(basePath, changed, FollowTarget.Of(session.Options, burst, session.Current)), false, true);
                }
            }, edited: burst);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            stderr.WriteLine($"internal error while rebuilding: {ex.GetType().Name}: {ex.Message}; still serving the last good site");
            return;
        }
        foreach (var d in result.Diagnostics) stdout.WriteLine(d.ToString());
        if (result.Rest is not null && result.Succeeded && !quiet)
        {
            stderr.WriteLine($"pages of {result.Questions} questions served after {result.PagesTime.TotalMilliseconds:F0} ms: " +
                $"{result.Changed.Count} files changed, {result.Made} made ({result.Stages}); listings and search index follow");
        }
        // The next save must not wait for the rest: it is reported when it ends, unless a newer rebuild superseded it.
        result.Rest?.ContinueWith(done =>
        {
            if (done.Exception is { } failed)
            {
                var ex = failed.GetBaseException();
                stderr.WriteLine($"internal error while remaking the listings: {ex.GetType().Name}: {ex.Message}; the next save rebuilds everything");
            }
            else if (done.Result is { } whole && result.Succeeded && !quiet)
            {
                Built(whole, stderr);
            }
        }, TaskScheduler.Default);
        if (!result.Succeeded)
        {
            var errors = result.Diagnostics.Count(d => d.Severity == Severity.Error);
            stderr.WriteLine($"build failed: {errors} error{(errors == 1 ? "" : "s")}; still serving the last good site");
            events.Send(PreviewEvents.BuildError(result.Diagnostics, d => SourceLine(session.Options, d)), true, false);
            return;
        }
        if (result.Rest is null && !quiet) Built(result, stderr);
    }

    private static void Built(RebuildResult result, TextWriter stderr) =>
        stderr.WriteLine($"built {result.Questions} questions in {result.TotalTime.TotalMilliseconds:F0} ms " +
            $"(pages served after {result.PagesTime.TotalMilliseconds:F0} ms): {result.Changed.Count} files changed, " +
            $"{result.Made} made, {result.Reused} reused ({result.Stages})");

    /// <summary>The line of source a diagnostic points at, for the overlay; only from the input or theme folder.</summary>
    private static string? SourceLine(BuildOptions options, Diagnostic d)
    {
        if (d.Line < 1) return null;
        var full = Path.GetFullPath(Path.Combine(options.DisplayRoot, d.Path));
        var inside = options.Folders().Any(folder =>
            full.StartsWith(Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)) + Path.DirectorySeparatorChar, StringComparison.Ordinal));
        if (!inside || !File.Exists(full)) return null;
        try
        {
            var info = new FileInfo(full);
            if (info.LinkTarget is not null || info.Length > Limits.MaxFileBytes) return null;
            var line = File.ReadLines(full).Skip(d.Line - 1).FirstOrDefault();
            return line is null ? null : line.Length > 300 ? line[..300] + "…" : line;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>The base path of site.yml's base_url, so local links look as they will when published.</summary>
    private static string LocalBasePath(BuildOptions options)
    {
        var input = new InputFolder(options.Input, options.DisplayRoot);
        var site = SettingsLoader.LoadSite(input.File("site.yml"), new DiagnosticBag(), options.BaseUrl);
        return site?.BasePath ?? "/";
    }
}
