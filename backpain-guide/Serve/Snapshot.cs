using System.Security.Cryptography;

namespace BackpainGuide.Serve;

/// <summary>A file of a snapshot: the bytes a build would write, and their SHA-256.</summary>
public sealed record SnapshotFile(byte[] Bytes, byte[] Hash)
{
    public static SnapshotFile Of(byte[] bytes) => new(bytes, SHA256.HashData(bytes));

    public bool SameBytes(SnapshotFile other) => Hash.AsSpan().SequenceEqual(other.Hash);
}

/// <summary>
/// One immutable state of the previewed site: output path ("questions/x/index.html") to file.
/// The server reads whichever snapshot is current; a rebuild makes a new one and swaps it in, so
/// a request never sees half of a rebuild.
/// </summary>
public sealed class Snapshot
{
    public static readonly Snapshot Empty = new(new Dictionary<string, SnapshotFile>(), 0);

    public Snapshot(IReadOnlyDictionary<string, SnapshotFile> files, int generation)
        : this(new Dictionary<string, SnapshotFile>(files, StringComparer.Ordinal), generation)
    {
    }

    private Snapshot(Dictionary<string, SnapshotFile> owned, int generation)
    {
        Files = owned;
        Generation = generation;
    }

    public IReadOnlyDictionary<string, SnapshotFile> Files { get; }

    public int Generation { get; }

    /// <summary>
    /// This snapshot with some files replaced, and the paths among them whose bytes changed
    /// (sorted): for a rebuild that knows which few outputs it remade.
    /// </summary>
    public (Snapshot Next, IReadOnlyList<string> Changed) With(IEnumerable<(string Path, SnapshotFile File)> replaced, int generation)
    {
        var files = new Dictionary<string, SnapshotFile>(Files, StringComparer.Ordinal);
        var changed = new List<string>();
        foreach (var (path, file) in replaced)
        {
            if (!files.TryGetValue(path, out var before) || !before.SameBytes(file)) changed.Add(path);
            files[path] = file;
        }
        changed.Sort(StringComparer.Ordinal);
        return (new Snapshot(files, generation), changed);
    }

    /// <summary>Paths added, removed or whose bytes differ between <paramref name="older"/> and this one, sorted.</summary>
    public IReadOnlyList<string> ChangedSince(Snapshot older)
    {
        var changed = new List<string>();
        foreach (var (path, file) in Files)
        {
            if (!older.Files.TryGetValue(path, out var before) || !before.SameBytes(file)) changed.Add(path);
        }
        changed.AddRange(older.Files.Keys.Where(p => !Files.ContainsKey(p)));
        changed.Sort(StringComparer.Ordinal);
        return changed;
    }
}
