namespace BackpainGuide.Serve;

/// <summary>
/// Watches folders for any change and lets the caller wait for a quiet moment: editors save in
/// bursts (a temporary file, a rename, a touch), and one rebuild should follow the burst. The
/// paths of the burst are kept as a hint for the quick path (<see cref="QuestionEdits"/>), which
/// checks each one; after an overflow, when events were lost, there is no hint and the rebuild
/// looks at every file.
/// </summary>
public sealed class ChangeWatcher : IDisposable
{
    private readonly List<FileSystemWatcher> watchers = [];
    private readonly SemaphoreSlim changed = new(0);
    private readonly object gate = new();
    private HashSet<string>? paths = new(StringComparer.Ordinal);

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
            watcher.Changed += (_, e) => Signal(e.FullPath);
            watcher.Created += (_, e) => Signal(e.FullPath);
            watcher.Deleted += (_, e) => Signal(e.FullPath);
            watcher.Renamed += (_, e) => Signal(e.OldFullPath, e.FullPath);
            // An overflow loses events, not the fact that something changed.
            watcher.Error += (_, _) => Signal([null]);
            watcher.EnableRaisingEvents = true;
            watchers.Add(watcher);
        }
    }

    private void Signal(params string?[] changedPaths)
    {
        lock (gate)
        {
            foreach (var path in changedPaths)
            {
                if (path is null) paths = null;
                else paths?.Add(path);
            }
        }
        changed.Release();
    }

    /// <summary>
    /// Waits until something changed and then stayed quiet for <paramref name="quiet"/> (or until
    /// <paramref name="longest"/> passed since the first change); false when cancelled.
    /// <paramref name="burst"/> is the paths that changed, or null when events were lost.
    /// </summary>
    public bool WaitForBurst(TimeSpan quiet, TimeSpan longest, CancellationToken cancel, out IReadOnlyCollection<string>? burst)
    {
        burst = null;
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
        lock (gate)
        {
            burst = paths;
            paths = new HashSet<string>(StringComparer.Ordinal);
        }
        return !cancel.IsCancellationRequested;
    }

    public void Dispose()
    {
        foreach (var watcher in watchers) watcher.Dispose();
        changed.Dispose();
    }
}
