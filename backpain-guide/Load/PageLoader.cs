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
        var (parts, fields, slugOk) = opened;
        var path = file.DisplayPath;
        var title = fields.RequiredText("title");
        if (title is { } t && FormatCharacters.IndexOf(t.Value) is var at && at >= 0) fields.Error(Codes.FormatCharacter, t, FormatCharacters.InTitle(t.Value, at));
        var summary = fields.RequiredText("summary");
        var body = MarkdownParser.Parse(parts.Body, parts.BodyFirstLine, path, diagnostics);
        if (!slugOk || fields.Failed || title is null || summary is null) return null;
        return new PlainPage(file.Stem, path, title.Value, summary.Value, body);
    }
}
