using BackpainGuide.Diagnostics;

namespace BackpainGuide.Load;

/// <summary>
/// The content files of input/questions/ or input/pages/: the files directly inside, named
/// "*.md". Anything else a contributor probably meant as content (a ".MD" or ".markdown" file, a
/// subfolder) gets a warning instead of being skipped without a word. Hidden files (".gitkeep")
/// are left alone.
/// </summary>
public static class MarkdownFiles
{
    public const string Extension = ".md";

    public static IReadOnlyList<InputFile> In(InputFolder input, string folder, bool required, DiagnosticBag diagnostics)
    {
        if (input.List(folder, required, diagnostics) is not { } listing) return [];
        var files = new List<InputFile>();
        foreach (var file in listing.Files)
        {
            var name = Path.GetFileName(file.FullPath);
            if (name.EndsWith(Extension, StringComparison.Ordinal)) files.Add(file);
            else if (!name.StartsWith('.'))
            {
                diagnostics.Add(Diagnostic.Warning(Codes.NotRead, file.DisplayPath, 1, 1,
                    $"this file is not read: only files whose names end in '{Extension}' (lower case) are; rename it to '{Slug.Suggest(Stem(name))}{Extension}' if it is content"));
            }
        }
        foreach (var sub in listing.Folders)
        {
            if (Path.GetFileName(sub.FullPath).StartsWith('.')) continue;
            diagnostics.Add(Diagnostic.Warning(Codes.NotRead, sub.DisplayPath, 1, 1,
                $"this folder is not read: files go directly in {folder}/, not in subfolders"));
        }
        return files;
    }

    private static string Stem(string name)
    {
        var dot = name.LastIndexOf('.');
        return dot > 0 ? name[..dot] : name;
    }
}
