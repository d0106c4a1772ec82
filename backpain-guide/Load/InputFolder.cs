using BackpainGuide.Diagnostics;

namespace BackpainGuide.Load;

/// <summary>
/// The only code that reads input from disk. Lists files in ordinal order (file-system order
/// varies between machines), refuses symbolic links so nothing outside input/ can be pulled in,
/// and names files relative to <see cref="DisplayRoot"/> for diagnostics.
/// </summary>
public sealed class InputFolder(string root, string displayRoot)
{
    public string Root { get; } = Path.GetFullPath(root);

    public string DisplayRoot { get; } = Path.GetFullPath(displayRoot);

    public InputFile File(string relative) => new(Path.Combine(Root, relative), Display(Path.Combine(Root, relative)));

    public string Display(string fullPath) =>
        Path.GetRelativePath(DisplayRoot, fullPath).Replace('\\', '/');

    /// <summary>The *.md files directly inside <paramref name="folder"/>, sorted ordinally.</summary>
    public IReadOnlyList<InputFile> MarkdownFiles(string folder, bool required, DiagnosticBag diagnostics)
    {
        var dir = Path.Combine(Root, folder);
        var info = new DirectoryInfo(dir);
        if (!info.Exists)
        {
            if (required)
            {
                diagnostics.Add(Diagnostic.Error(Codes.MissingFile, Display(dir), 0, 0, $"folder '{folder}/' is missing"));
            }
            return [];
        }
        if (info.LinkTarget is not null)
        {
            diagnostics.Add(Diagnostic.Error(Codes.Symlink, Display(dir), 0, 0, "symbolic links are not allowed in the input folder"));
            return [];
        }

        var files = new List<InputFile>();
        foreach (var entry in info.EnumerateFileSystemInfos("*.md", SearchOption.TopDirectoryOnly))
        {
            if (entry is not FileInfo) continue;
            var file = new InputFile(entry.FullName, Display(entry.FullName));
            if (entry.LinkTarget is not null)
            {
                diagnostics.Add(Diagnostic.Error(Codes.Symlink, file.DisplayPath, 0, 0, "symbolic links are not allowed in the input folder"));
                continue;
            }
            files.Add(file);
        }
        files.Sort((a, b) => string.CompareOrdinal(a.FullPath, b.FullPath));
        return files;
    }

    /// <summary>Reads and decodes a file; null (after reporting) when it cannot be used.</summary>
    public static string? ReadText(InputFile file, DiagnosticBag diagnostics)
    {
        try
        {
            var info = new FileInfo(file.FullPath);
            if (info.LinkTarget is not null)
            {
                diagnostics.Add(Diagnostic.Error(Codes.Symlink, file.DisplayPath, 0, 0, "symbolic links are not allowed in the input folder"));
                return null;
            }
            if (info.Length > Limits.MaxFileBytes)
            {
                diagnostics.Add(Diagnostic.Error(Codes.FileTooLarge, file.DisplayPath, 1, 1,
                    $"file is {info.Length:N0} bytes; the limit is {Limits.MaxFileBytes:N0} bytes"));
                return null;
            }
            return SourceText.Decode(System.IO.File.ReadAllBytes(file.FullPath), file.DisplayPath, diagnostics);
        }
        catch (IOException ex)
        {
            diagnostics.Add(Diagnostic.Error(Codes.MissingFile, file.DisplayPath, 0, 0, "cannot read file: " + ex.Message));
            return null;
        }
        catch (UnauthorizedAccessException ex)
        {
            diagnostics.Add(Diagnostic.Error(Codes.MissingFile, file.DisplayPath, 0, 0, "cannot read file: " + ex.Message));
            return null;
        }
    }
}
