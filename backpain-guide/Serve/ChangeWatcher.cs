namespace BackpainGuide.Serve;

/// <summary>
/// Watches folders for any change and lets the caller wait for a quiet moment: editors save in
/// bursts (a temporary file, a rename, a touch), and one rebuild should follow the burst. Paths
/// are not kept: the rebuild looks at every file anyway.
/// </summary>
public sealed class ChangeWatcher : IDisposable
{
    private readonly List<FileSystemWatcher> watchers = [];
    private readonly SemaphoreSlim changed = new(0);

    public ChangeWatcher(IEnumerable<string> folders)
    {
        foreach (var folder in folders.Where(Directory.Exists))
        {
            var watcher = new FileSystemWatcher(folder)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
                InternalBufferSize = 64 * 1024,
            };
            watcher.Changed += (_, _) => Signal();
            watcher.Created += (_, _) => Signal();
            watcher.Deleted += (_, _) => Signal();
            watcher.Renamed += (_, _) => Signal();
            // An overflow loses events, not the fact that something changed.
            watcher.Error += (_, _) => Signal();
            watcher.EnableRaisingEvents = true;
            watchers.Add(watcher);
        }
    }

    private void Signal() => changed.Release();

    /// <summary>
    /// Waits until something changed and then stayed quiet for <paramref name="quiet"/> (or until
    /// <paramref name="longest"/> passed since the first change); false when cancelled.
    /// </summary>
    public bool WaitForBurst(TimeSpan quiet, TimeSpan longest, CancellationToken cancel)
    {
        try
        {
            changed.Wait(cancel);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
        var start = DateTime.UtcNow;
        while (DateTime.UtcNow - start < longest && changed.Wait(quiet, CancellationToken.None))
        {
        }
        while (changed.Wait(0))
        {
        }
        return !cancel.IsCancellationRequested;
    }

    public void Dispose()
    {
        foreach (var watcher in watchers) watcher.Dispose();
        changed.Dispose();
    }
}
