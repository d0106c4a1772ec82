using BackpainGuide.Diagnostics;
using BackpainGuide.Model;

namespace BackpainGuide.Load;

/// <summary>Reads one input/pages/&lt;slug&gt;.md (about, disclaimer...).</summary>
public static class PageLoader
{
    public static readonly IReadOnlyList<string> Fields = ["title", "summary"];

    public static PlainPage? Load(InputFile file, string text, DiagnosticBag diagnostics)
    {
        if (ContentFile.Open(file, text, Fields, diagnostics) is not { } opened) return null;
        var (parts, fields, _) = opened;
        var path = file.DisplayPath;
        var title = fields.RequiredText("title");
        var summary = fields.RequiredText("summary");
        var body = MarkdownParser.Parse(parts.Body, parts.BodyFirstLine, path, diagnostics);
        // A file with field errors still gives a page, with empty values where a field failed.
        return new PlainPage(file.Stem, path, title ?? new("", 1, 1), summary ?? new("", 1, 1), body);
    }
}
