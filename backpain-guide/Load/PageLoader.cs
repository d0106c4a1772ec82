using BackpainGuide.Diagnostics;
using BackpainGuide.Load.Yaml;
using BackpainGuide.Model;

namespace BackpainGuide.Load;

/// <summary>Reads one input/pages/&lt;slug&gt;.md (about, disclaimer...).</summary>
public static class PageLoader
{
    public static readonly IReadOnlyList<string> Fields = ["title", "summary"];

    public static PlainPage? Load(InputFile file, string text, DiagnosticBag diagnostics)
    {
        var path = file.DisplayPath;
        var slugOk = Slug.IsValid(file.Stem);
        if (!slugOk)
        {
            diagnostics.Add(Diagnostic.Error(Codes.BadSlug, path, 1, 1,
                $"file name '{file.Stem}' is not a valid slug: use lower-case a-z, 0-9 and single '-'"));
        }
        if (FrontMatter.Split(text, path, diagnostics) is not { } parts) return null;
        if (YamlReader.Read(parts.Yaml, path, parts.YamlFirstLine, diagnostics) is not { } root) return null;
        if (root is not YamlMapping map)
        {
            diagnostics.Add(Diagnostic.Error(Codes.WrongType, path, root.Line, root.Column, "front matter must be a set of 'field: value' lines"));
            return null;
        }
        var fields = new FieldReader(map, path, diagnostics, Fields.ToArray(), 1, 1);
        var title = fields.RequiredText("title");
        var summary = fields.RequiredText("summary");
        var body = MarkdownParser.Parse(parts.Body, parts.BodyFirstLine, path, diagnostics);
        if (!slugOk || fields.Failed || title is null || summary is null) return null;
        return new PlainPage(file.Stem, path, title.Value, summary.Value, body);
    }
}
