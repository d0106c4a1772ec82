using System.Diagnostics;
using System.Runtime.InteropServices;
using BackpainGuide.Diagnostics;
using BackpainGuide.Load;
using BackpainGuide.Model;

namespace BackpainGuide.Write;

/// <summary>
/// The only code that writes the site to disk. Files go to a fresh folder beside the output
/// folder; only when every file is written is that folder swapped in for the old one (atomically
/// with renameat2 RENAME_EXCHANGE on Linux). A failed or killed build leaves the old output as it
/// was; its leftover temporary folder is removed by the next build. An existing folder is
/// replaced only when a previous build wrote it (it holds <see cref="MarkerName"/>) or it is
/// empty: a mistyped --output must not delete someone's files.
/// </summary>
public sealed partial class OutputFolder
{
    private const string TempPrefix = ".bg-tmp-";
    private const string OldPrefix = ".bg-old-";

    /// <summary>Written into every build's output; it holds no data about the site or the machine.</summary>
    public const string MarkerName = ".backpain-guide-output";

    private static readonly byte[] MarkerText =
        "This folder is written by backpain-guide, which replaces it whole on every build.\n"u8.ToArray();

    // Per writing thread: the buffer a streamed file is made in before its one write call.
    private static readonly ThreadLocal<MemoryStream> Buffers = new(() => new MemoryStream(1 << 16));

    public OutputFolder(string output)
    {
        Target = Path.GetFullPath(output.TrimEnd('/', '\\'));
        Parent = Path.GetDirectoryName(Target) ?? throw new ArgumentException("output cannot be a file-system root", nameof(output));
        Name = Path.GetFileName(Target);
    }

    public string Target { get; }

    private string Parent { get; }

    private string Name { get; }

    /// <summary>
    /// Writes every file, then those <paramref name="late"/> gives once the others are written
    /// (the search index, built beside the pages), then swaps the result in. Returns the number
    /// of files written.
    /// </summary>
    public int Publish(IReadOnlyList<OutputFile> files, Action<int>? progress = null, Timings? timings = null,
        Func<IReadOnlyList<OutputFile>>? late = null)
    {
        if (Refusal(Target) is { } refusal) throw new OutputRefusedException(refusal);
        Directory.CreateDirectory(Parent);
        CleanLeftovers();
        var temp = Path.Combine(Parent, $"{TempPrefix}{Name}-{Environment.ProcessId}");
        if (Directory.Exists(temp)) Directory.Delete(temp, recursive: true);
        Directory.CreateDirectory(temp);
        try
        {
            var done = 0;
            void Write(IReadOnlyList<OutputFile> batch)
            {
                var started = Stopwatch.GetTimestamp();
                CreateFolders(temp, batch);
                timings?.AddFileSystem(Stopwatch.GetTimestamp() - started);
                // One writer per core: blocking writes would otherwise make the pool add threads, each
                // with its own template context and buffers, for no gain on a CPU-bound job.
                var parallel = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount };
                // The aggregates (llms-full.txt is one 30 MB file at 10,000 questions) are planned
                // last but written first: at the end of the list one of them kept one core busy
                // alone for a second while the other had nothing left to do.
                var order = batch.Where(f => f.Aggregate).Concat(batch.Where(f => !f.Aggregate)).ToList();
                Parallel.ForEach(order, parallel, file =>
                {
                    if (file.Stream is { } stream && file.Aggregate)
                    {
                        // Made and written together: its time is the unit's, not the file system's.
                        FileWriter.WriteNew(Resolve(temp, file.Path), stream);
                    }
                    else
                    {
                        ReadOnlySpan<byte> bytes;
                        if (file.Stream is { } write)
                        {
                            var buffer = Buffers.Value!;
                            buffer.SetLength(0);
                            write(buffer);
                            bytes = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
                        }
                        else
                        {
                            bytes = file.Content();
                        }
                        var start = timings is null ? 0 : Stopwatch.GetTimestamp();
                        FileWriter.WriteNew(Resolve(temp, file.Path), bytes);
                        if (timings is not null) timings.AddFileSystem(Stopwatch.GetTimestamp() - start);
                    }
                    var n = Interlocked.Increment(ref done);
                    if (progress is not null && n % 500 == 0) progress(n);
                });
            }
            Write(files);
            if (late is not null) Write(late());
            File.WriteAllBytes(Path.Combine(temp, MarkerName), MarkerText);
            // Checked again at the last moment: the folder may have changed while the site was written.
            if (Refusal(Target) is { } changed) throw new OutputRefusedException(changed);
            Swap(temp);
            return done;
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
    }

    /// <summary>
    /// Why <paramref name="output"/> may not be replaced by a build, in a sentence for the user;
    /// null when it may: it does not exist, is an empty folder, or holds the marker of a build.
    /// </summary>
    public static string? Refusal(string output)
    {
        var target = Path.GetFullPath(output.TrimEnd('/', '\\'));
        switch (FileKind.Of(target))
        {
            case EntryKind.Missing:
                return null;
            case EntryKind.File:
                return $"the output path '{output}' is a file, not a folder; a build writes a folder there, so choose another path";
            case EntryKind.Folder:
                if (!Directory.EnumerateFileSystemEntries(target).Any()) return null;
                return FileKind.Of(Path.Combine(target, MarkerName)) == EntryKind.File
                    ? null
                    : $"the output folder '{output}' was not written by backpain-guide (it has no {MarkerName} file) and is not empty; a build replaces the whole folder, so choose a new or empty folder, or delete this one yourself";
            default:
                return $"the output path '{output}' is a symbolic link or a special file, not a folder; choose a folder";
        }
    }

    /// <summary>
    /// The full path of an output file; refuses any path that would leave the folder. A plain
    /// relative path (no empty, "." or ".." segment, no backslash, not rooted) joined to a full
    /// folder path cannot leave it, so the path is checked segment by segment and joined, without
    /// the two full-path normalisations per file this once took (4% of a build's CPU).
    /// </summary>
    public static string Resolve(string root, string relative)
    {
        if (!IsPlainRelative(relative)) throw new InvalidOperationException($"refusing to write output file '{relative}': not a plain relative path");
        return Path.Join(Path.IsPathFullyQualified(root) ? root : Path.GetFullPath(root), relative);
    }

    private static bool IsPlainRelative(string relative)
    {
        if (relative.Length == 0 || Path.IsPathRooted(relative) || relative.Contains('\\') || relative.Contains('\0')) return false;
        foreach (var range in relative.AsSpan().Split('/'))
        {
            var part = relative.AsSpan(range);
            if (part.IsEmpty || part is "." or "..") return false;
        }
        return true;
    }

    private static void CreateFolders(string root, IReadOnlyList<OutputFile> files)
    {
        var folders = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var dir = Path.GetDirectoryName(Resolve(root, file.Path));
            if (dir is not null && folders.Add(dir)) FileWriter.CreateFolder(dir);
        }
    }

    private void Swap(string temp)
    {
        if (!Directory.Exists(Target) && !File.Exists(Target))
        {
            Directory.Move(temp, Target);
            return;
        }
        if (OperatingSystem.IsLinux() && Exchange(temp, Target))
        {
            TryDelete(temp); // now holds the previous output
            return;
        }
        // Elsewhere: two renames. A crash between them leaves the old output in .bg-old-*,
        // which CleanLeftovers puts back.
        var old = Path.Combine(Parent, $"{OldPrefix}{Name}-{Environment.ProcessId}");
        Directory.Move(Target, old);
        Directory.Move(temp, Target);
        TryDelete(old);
    }

    private void CleanLeftovers()
    {
        foreach (var dir in Directory.EnumerateDirectories(Parent, $"{OldPrefix}{Name}-*").Order(StringComparer.Ordinal))
        {
            if (IsOwnedByLiveProcess(dir)) continue;
            if (!Directory.Exists(Target)) Directory.Move(dir, Target);
            else TryDelete(dir);
        }
        foreach (var dir in Directory.EnumerateDirectories(Parent, $"{TempPrefix}{Name}-*"))
        {
            if (!IsOwnedByLiveProcess(dir)) TryDelete(dir);
        }
    }

    private static bool IsOwnedByLiveProcess(string dir)
    {
        var dash = dir.LastIndexOf('-');
        if (!int.TryParse(dir.AsSpan(dash + 1), out var pid) || pid == Environment.ProcessId) return false;
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static void TryDelete(string dir)
    {
        try
        {
            FileWriter.DeleteTree(dir);
        }
        catch (IOException)
        {
            // Left for the next build's clean-up.
        }
    }

    private static bool Exchange(string a, string b)
    {
        try
        {
            return NativeMethods.renameat2(AtCwd, a, AtCwd, b, RenameExchange) == 0;
        }
        catch (EntryPointNotFoundException)
        {
            return false;
        }
        catch (DllNotFoundException)
        {
            return false;
        }
    }

    private const int AtCwd = -100;
    private const uint RenameExchange = 2;

    private static partial class NativeMethods
    {
        [LibraryImport("libc", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
        internal static partial int renameat2(int olddirfd, string oldpath, int newdirfd, string newpath, uint flags);
    }
}

/// <summary>The output folder may not be replaced: a usage error, not a bug.</summary>
public sealed class OutputRefusedException(string message) : IOException(message);
