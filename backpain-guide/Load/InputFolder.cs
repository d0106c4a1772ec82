using System.Buffers;
using BackpainGuide.Diagnostics;

namespace BackpainGuide.Load;

/// <summary>
/// The only code that reads the generator's input from disk: the content folder and the theme
/// folder alike. Lists entries in ordinal order (file-system order varies between machines),
/// reads only regular files and folders (a symbolic link could pull in files from outside the
/// repository, such as /proc/self/environ; a FIFO or device could hang the build or read the
/// machine's state), and names files relative to <see cref="DisplayRoot"/> for diagnostics.
/// </summary>
public sealed class InputFolder(string root, string displayRoot)
{
    public string Root { get; } = Path.GetFullPath(root);

    public string DisplayRoot { get; } = Path.GetFullPath(displayRoot);

    public InputFile File(string relative) => new(Path.Combine(Root, relative), Display(Path.Combine(Root, relative)));

    public string Display(string fullPath) =>
        Path.GetRelativePath(DisplayRoot, fullPath).Replace('\\', '/');

    /// <summary>True when something (of whatever kind) is at the file's path.</summary>
    public static bool Exists(InputFile file) => FileKind.Of(file.FullPath) != EntryKind.Missing;

    /// <summary>
    /// The regular files and the folders directly inside <paramref name="folder"/>, each sorted
    /// ordinally. Anything else is reported and left out. Null when the folder is missing
    /// (reported when <paramref name="required"/>) or is not a plain folder (reported).
    /// </summary>
    public FolderListing? List(string folder, bool required, DiagnosticBag diagnostics)
    {
        var dir = File(folder);
        switch (FileKind.Of(dir.FullPath))
        {
            case EntryKind.Missing:
                if (required) diagnostics.Add(Diagnostic.Error(Codes.MissingFile, dir.DisplayPath, 0, 0, $"folder '{folder}/' is missing"));
                return null;
            case EntryKind.Folder:
                break;
            case var kind:
                Refuse(dir, kind, diagnostics);
                return null;
        }

        var files = new List<InputFile>();
        var folders = new List<InputFile>();
        foreach (var path in Directory.EnumerateFileSystemEntries(dir.FullPath))
        {
            var entry = new InputFile(path, Display(path));
            switch (FileKind.Of(path))
            {
                case EntryKind.File:
                    files.Add(entry);
                    break;
                case EntryKind.Folder:
                    folders.Add(entry);
                    break;
                case EntryKind.Missing:
                    break; // deleted while listing
                case var kind:
                    Refuse(entry, kind, diagnostics);
                    break;
            }
        }
        files.Sort((a, b) => string.CompareOrdinal(a.FullPath, b.FullPath));
        folders.Sort((a, b) => string.CompareOrdinal(a.FullPath, b.FullPath));
        return new FolderListing(files, folders);
    }

    /// <summary>Reads and decodes a text file; null (after reporting) when it cannot be used.</summary>
    /// <remarks>
    /// The bytes are read into a pooled buffer, since only the decoded string is kept: one array
    /// fewer per file, a third of what reading a question allocated.
    /// </remarks>
    public static string? ReadText(InputFile file, DiagnosticBag diagnostics)
    {
        byte[]? buffer = null;
        try
        {
            var length = Read(file, Limits.MaxFileBytes, diagnostics, n => buffer = ArrayPool<byte>.Shared.Rent(Math.Max(n, 1)));
            return length is { } n ? SourceText.Decode(buffer.AsSpan(0, n), file.DisplayPath, diagnostics) : null;
        }
        finally
        {
            if (buffer is not null) ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Reads a regular file of at most <paramref name="limit"/> bytes; null (after reporting) otherwise.</summary>
    public static byte[]? ReadBytes(InputFile file, int limit, DiagnosticBag diagnostics)
    {
        byte[]? bytes = null;
        return Read(file, limit, diagnostics, n => bytes = new byte[n]) is { } length ? (length == bytes!.Length ? bytes : bytes[..length]) : null;
    }

    /// <summary>
    /// Reads a regular file of at most <paramref name="limit"/> bytes into the buffer that
    /// <paramref name="buffer"/> gives for its length (at least that long); the count of bytes read,
    /// or null (after reporting).
    /// </summary>
    private static int? Read(InputFile file, int limit, DiagnosticBag diagnostics, Func<int, byte[]> buffer)
    {
        try
        {
            var kind = FileKind.Of(file.FullPath);
            if (kind != EntryKind.File)
            {
                if (kind == EntryKind.Missing) diagnostics.Add(Diagnostic.Error(Codes.MissingFile, file.DisplayPath, 0, 0, "file is missing"));
                else Refuse(file, kind, diagnostics);
                return null;
            }
            using var handle = System.IO.File.OpenHandle(file.FullPath);
            var length = RandomAccess.GetLength(handle);
            if (length > limit)
            {
                diagnostics.Add(Diagnostic.Error(Codes.FileTooLarge, file.DisplayPath, 1, 1,
                    $"file is {length:N0} bytes; the limit is {limit:N0} bytes"));
                return null;
            }
            var target = buffer((int)length);
            var read = 0;
            // A file that grows while it is read is read up to the length it had.
            while (read < length && RandomAccess.Read(handle, target.AsSpan(read, (int)length - read), read) is var n and > 0) read += n;
            return read;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(Diagnostic.Error(Codes.MissingFile, file.DisplayPath, 0, 0, "cannot read file: " + ex.Message));
            return null;
        }
    }

    private static void Refuse(InputFile entry, EntryKind kind, DiagnosticBag diagnostics) =>
        diagnostics.Add(Diagnostic.Error(Codes.Symlink, entry.DisplayPath, 1, 1, kind == EntryKind.SymbolicLink
            ? "symbolic links are not read: replace the link with the file or folder itself"
            : "this is a FIFO, socket or device, not a regular file: it is not read"));
}

/// <summary>What a folder holds that the generator may read: regular files and plain folders.</summary>
public sealed record FolderListing(IReadOnlyList<InputFile> Files, IReadOnlyList<InputFile> Folders);
