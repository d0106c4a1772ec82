using BackpainGuide.Build;
using BackpainGuide.Diagnostics;
using BackpainGuide.Load;
using BackpainGuide.Serve;

namespace BackpainGuide.Cli;

/// <summary>
/// The serve command: builds for the local address, serves the output, and rebuilds when a file
/// in the input or theme folder changes. A failed rebuild prints its diagnostics and leaves the
/// last good site being served.
/// </summary>
public static class PreviewCommand
{
    public static int Run(BuildOptions options, int port, bool quiet, TextWriter stdout, TextWriter stderr)
    {
        var basePath = LocalBasePath(options);
        var local = options with { BaseUrl = $"http://127.0.0.1:{port}{basePath}" };
        var line = new CommandLine("build", options.Input, options.Output, options.Theme, local.BaseUrl, quiet, false, port);
        Runner.Build(line, local, stdout, stderr);

        using var server = new PreviewServer(options.Output, basePath, port);
        try
        {
            server.Start();
        }
        catch (System.Net.HttpListenerException ex)
        {
            stderr.WriteLine($"error: cannot listen on 127.0.0.1:{port}: {ex.Message} (try --port)");
            return Runner.UsageError;
        }
        stderr.WriteLine($"serving {server.Url} (Ctrl+C to stop); watching {options.Input} and {options.Theme}");

        using var changed = new SemaphoreSlim(0);
        using var inputWatcher = Watch(options.Input, changed);
        using var themeWatcher = Watch(options.Theme, changed);
        using var stopped = new ManualResetEventSlim();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            stopped.Set();
        };
        while (!stopped.IsSet)
        {
            if (!changed.Wait(200)) continue;
            // Editors save in bursts (temp file, rename, touch): wait for quiet, then build once.
            Thread.Sleep(150);
            while (changed.Wait(0))
            {
            }
            stderr.WriteLine("change detected, rebuilding");
            Runner.Build(line, local, stdout, stderr);
        }
        return Runner.Ok;
    }

    /// <summary>The base path of site.yml's base_url, so local links look as they will when published.</summary>
    private static string LocalBasePath(BuildOptions options)
    {
        var input = new InputFolder(options.Input, options.DisplayRoot);
        var site = SettingsLoader.LoadSite(input.File("site.yml"), new DiagnosticBag(), null);
        return site?.BasePath ?? "/";
    }

    private static FileSystemWatcher? Watch(string folder, SemaphoreSlim changed)
    {
        if (!Directory.Exists(folder)) return null;
        var watcher = new FileSystemWatcher(folder) { IncludeSubdirectories = true, EnableRaisingEvents = true };
        void Signal(object? sender, FileSystemEventArgs e) => changed.Release();
        watcher.Changed += Signal;
        watcher.Created += Signal;
        watcher.Deleted += Signal;
        watcher.Renamed += (sender, e) => changed.Release();
        return watcher;
    }
}
