using BackpainGuide.Diagnostics;

namespace BackpainGuide.Load;

/// <summary>
/// A file split into its YAML front matter and its Markdown body. Line numbers are 1-based file
/// lines, so positions inside either part can be mapped back to the file.
/// </summary>
public sealed record FrontMatter(string Yaml, int YamlFirstLine, string Body, int BodyFirstLine)
{
    public static FrontMatter? Split(string text, string path, DiagnosticBag diagnostics)
    {
        if (!IsFence(text, 0, out var afterOpen))
        {
            diagnostics.Add(Diagnostic.Error(Codes.MissingFrontMatter, path, 1, 1,
                "file must start with front matter: a line '---', YAML fields, and a closing line '---'"));
            return null;
        }

        var line = 2;
        var pos = afterOpen;
        while (pos < text.Length)
        {
            if (IsFence(text, pos, out var afterClose))
            {
                return new FrontMatter(text[afterOpen..pos], 2, text[afterClose..], line + 1);
            }
            var next = text.IndexOf('\n', pos);
            if (next < 0) break;
            pos = next + 1;
            line++;
        }

        diagnostics.Add(Diagnostic.Error(Codes.MissingFrontMatter, path, 1, 1,
            "front matter is not closed: add a line '---' after the last field"));
        return null;
    }

    /// <summary>True when the line starting at <paramref name="pos"/> is '---' (trailing spaces allowed).</summary>
    private static bool IsFence(string text, int pos, out int nextLine)
    {
        nextLine = pos;
        if (string.CompareOrdinal(text, pos, "---", 0, 3) != 0) return false;
        var i = pos + 3;
        while (i < text.Length && (text[i] == ' ' || text[i] == '\t')) i++;
        if (i < text.Length && text[i] != '\n') return false;
        nextLine = Math.Min(i + 1, text.Length);
        return true;
    }
}
