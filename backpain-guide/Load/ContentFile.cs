using BackpainGuide.Diagnostics;
using BackpainGuide.Load.Yaml;

namespace BackpainGuide.Load;

/// <summary>
/// What every content file (question or page) starts with: a slug taken from its name, and front
/// matter read against a fixed list of fields. The loaders add their own fields and the body.
/// </summary>
public sealed record ContentFile(FrontMatter Parts, FieldReader Fields, bool SlugIsValid)
{
    /// <summary>Null (after reporting) when there is no front matter mapping to read fields from.</summary>
    public static ContentFile? Open(InputFile file, string text, IReadOnlyList<string> fields, DiagnosticBag diagnostics)
    {
        var path = file.DisplayPath;
        var slugOk = Slug.IsValid(file.Stem);
        if (!slugOk)
        {
            diagnostics.Add(Diagnostic.Error(Codes.BadSlug, path, 1, 1,
                $"file name '{file.Stem}' is not a valid slug: use lower-case a-z, 0-9 and single '-', for example '{Slug.Suggest(file.Stem)}.md'"));
        }

        if (FrontMatter.Split(text, path, diagnostics) is not { } parts) return null;
        if (YamlReader.Read(parts.Yaml, path, parts.YamlFirstLine, diagnostics) is not { } root) return null;
        if (root is not YamlMapping map)
        {
            diagnostics.Add(Diagnostic.Error(Codes.WrongType, path, root.Line, root.Column, "front matter must be a set of 'field: value' lines"));
            return null;
        }
        return new ContentFile(parts, new FieldReader(map, path, diagnostics, fields.ToArray(), 1, 1), slugOk);
    }
}
