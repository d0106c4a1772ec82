using System.Collections.Concurrent;
using System.Security.Cryptography;
using BackpainGuide.Diagnostics;
using BackpainGuide.Model;

namespace BackpainGuide.Load;

/// <summary>
/// Keeps, per content file, what loading it gave (the parsed and rendered record and the file's
/// own diagnostics) under the SHA-256 of its bytes, for a preview that rebuilds on every save. An
/// entry is reused only when the bytes, the site settings and what each of the body's links
/// resolves to are all unchanged: those are everything a file's load and render read, so a
/// reused result is the one a fresh load would give. Anything unusual (a link, an empty or
/// oversized file, a FIFO) is loaded afresh every time, so the loader's own refusals still apply.
/// </summary>
public sealed class LoadCache
{
    private readonly ConcurrentDictionary<string, Entry> entries = new(StringComparer.Ordinal);

    /// <summary>How many files the last load took from the cache and how many it loaded afresh.</summary>
    public (int Reused, int Loaded) LastCounts => (reused, loaded);

    private static readonly TimeSpan RacyWindow = TimeSpan.FromSeconds(1);

    private int reused;
    private int loaded;
    private long stamps;

    /// <summary>
    /// A number that changes whenever the file's cached result is replaced: two loads gave the
    /// same result for this file exactly when they report the same stamp. Null when the file is
    /// not cached (it is then loaded afresh every time).
    /// </summary>
    public long? StampOf(string fullPath) => entries.TryGetValue(fullPath, out var entry) ? entry.Stamp : null;

    internal void StartRun()
    {
        reused = 0;
        loaded = 0;
    }

    internal T? GetOrLoad<T>(InputFile file, object context, LinkResolver links, Func<T, MarkdownBody> body,
        DiagnosticBag own, Func<DiagnosticBag, T?> load) where T : class
    {
        var now = DateTime.UtcNow;
        var stat = Stat(file.FullPath);
        var known = entries.TryGetValue(file.FullPath, out var entry);
        // Size and modification time unchanged: the bytes are taken as unchanged without reading
        // them (editors, git and cp all set the time). As in git's "racily clean" rule, a time
        // within a second of when it was recorded is not trusted (file clocks tick coarsely, so a
        // second save could carry the same time); then, as for any other change, the hash decides.
        var trusted = known && stat is not null && stat == entry!.Stat && stat.Value.Modified < entry.Checked - RacyWindow;
        var before = trusted ? entry!.Hash : Hash(file.FullPath);
        if (before is not null && known && entry!.Matches(before, context, links))
        {
            if (!trusted) entries[file.FullPath] = entry with { Stat = stat, Checked = now };
            Interlocked.Increment(ref reused);
            own.AddRange(entry.Diagnostics);
            return (T?)entry.Result;
        }

        Interlocked.Increment(ref loaded);
        var fresh = new DiagnosticBag();
        var result = load(fresh);
        var diagnostics = fresh.Sorted();
        own.AddRange(diagnostics);
        // Stored only if the file did not change while it was read, so bytes and result agree.
        if (before is not null && Hash(file.FullPath) is { } after && after.AsSpan().SequenceEqual(before))
        {
            var resolved = result is null ? [] : body(result).Links.Select(l => links.Resolve(l.Url, l.IsImage)).ToArray();
            entries[file.FullPath] = new Entry(before, context, result, diagnostics, result is null ? [] : body(result).Links, resolved,
                Interlocked.Increment(ref stamps), stat, now);
        }
        else
        {
            entries.TryRemove(file.FullPath, out _);
        }
        return result;
    }

    /// <summary>Forgets files that are gone, so a deleted and re-created file is read afresh.</summary>
    internal void Keep(IEnumerable<InputFile> present)
    {
        var keep = present.Select(f => f.FullPath).ToHashSet(StringComparer.Ordinal);
        foreach (var path in entries.Keys)
        {
            if (!keep.Contains(path)) entries.TryRemove(path, out _);
        }
    }

    private static (long Length, DateTime Modified)? Stat(string path)
    {
        try
        {
            var info = new FileInfo(path);
            return info.Exists && info.LinkTarget is null ? (info.Length, info.LastWriteTimeUtc) : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static byte[]? Hash(string path)
    {
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists || info.LinkTarget is not null || info.Length is 0 or > Limits.MaxFileBytes) return null;
            return SHA256.HashData(File.ReadAllBytes(path));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private sealed record Entry(byte[] Hash, object Context, object? Result, IReadOnlyList<Diagnostic> Diagnostics,
        IReadOnlyList<BodyLink> Links, LinkTarget[] Resolved, long Stamp, (long Length, DateTime Modified)? Stat, DateTime Checked)
    {
        public bool Matches(byte[] hash, object context, LinkResolver links)
        {
            if (!hash.AsSpan().SequenceEqual(Hash) || !Equals(context, Context)) return false;
            for (var i = 0; i < Links.Count; i++)
            {
                if (!Equals(links.Resolve(Links[i].Url, Links[i].IsImage), Resolved[i])) return false;
            }
            return true;
        }
    }
}
