using System.Text.RegularExpressions;
using BackpainGuide.Diagnostics;
using BackpainGuide.Load.Yaml;
using BackpainGuide.Model;

namespace BackpainGuide.Load;

/// <summary>
/// Reads input/regions.yml (optional): the body map's title, the figure's outline and its named
/// regions, each with one or more shapes. Names are slugs (they become /where/&lt;name&gt;/),
/// defined once; shapes are SVG path data and nothing else, so no markup can reach the page.
/// </summary>
public static partial class RegionsLoader
{
    public const int MaxRegions = 50;
    public const int MaxShapes = 8;
    public const int MaxPathChars = 4000;

    private static readonly string[] MapFields = ["title", "intro", "view_box", "outline", "left_label", "right_label", "regions"];
    private static readonly string[] RegionFields = ["name", "title", "description", "shapes"];
    private static readonly string[] ShapeFields = ["label", "path"];

    /// <summary>(true, null) when the guide has no regions.yml; (false, null) after reporting errors.</summary>
    public static (bool Ok, BodyMap? Map) Load(InputFile file, DiagnosticBag diagnostics)
    {
        if (!InputFolder.Exists(file)) return (true, null);
        if (InputFolder.ReadText(file, diagnostics) is not { } text) return (false, null);
        var root = YamlReader.Read(text, file.DisplayPath, 1, diagnostics);
        if (root is null) return (false, null);
        var path = file.DisplayPath;
        if (root is not YamlMapping map)
        {
            diagnostics.Add(Diagnostic.Error(Codes.BadRegion, path, root.Line, root.Column,
                "regions.yml must be a mapping: title, view_box and a list of regions (see CONTRIBUTING.md)"));
            return (false, null);
        }
        var fields = new FieldReader(map, path, diagnostics, MapFields, 1, 1);
        var title = fields.RequiredText("title");
        var intro = fields.OptionalText("intro");
        var viewBox = fields.RequiredText("view_box");
        var outline = fields.OptionalText("outline");
        var left = fields.OptionalText("left_label");
        var right = fields.OptionalText("right_label");
        if (viewBox is { } vb && !ViewBox().IsMatch(vb.Value))
        {
            fields.Error(Codes.BadRegion, vb, $"view_box '{vb.Value}' must be four numbers, for example \"0 0 240 420\"");
        }
        if (outline is { } o && PathProblem(o.Value) is { } op) fields.Error(Codes.BadRegion, o, "outline " + op);
        foreach (var label in new[] { title, intro, left, right })
        {
            if (label is { } l && TextProblem(l.Value) is { } lp) fields.Error(Codes.BadRegion, l, lp);
        }

        var entries = fields.MappingList("regions", required: true);
        if (entries.Count > MaxRegions)
        {
            fields.Error(Codes.TooManyEntries, entries[MaxRegions], $"{entries.Count:N0} regions; regions.yml may define at most {MaxRegions}");
            return (false, null);
        }
        var regions = new List<Region>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            if (ReadRegion(entry, path, diagnostics, names) is { } region) regions.Add(region);
            else fields.MarkFailed();
        }
        if (fields.Failed) return (false, null);
        return (true, new BodyMap(title!.Value.Value, intro?.Value, viewBox!.Value.Value, outline?.Value, left?.Value, right?.Value, regions, path));
    }

    private static Region? ReadRegion(YamlMapping entry, string path, DiagnosticBag diagnostics, HashSet<string> names)
    {
        var fields = new FieldReader(entry, path, diagnostics, RegionFields, entry.Line, entry.Column);
        var name = fields.RequiredText("name");
        var title = fields.RequiredText("title");
        var description = fields.RequiredText("description");
        if (name is { } n && !Slug.IsValid(n.Value))
        {
            fields.Error(Codes.BadRegion, n, $"region name '{n.Value}' must be a slug (a-z, 0-9 and single '-'): it is the page's address, /where/{{name}}/");
        }
        else if (name is { } n2 && !names.Add(n2.Value))
        {
            fields.Error(Codes.DuplicateEntry, n2, $"region '{n2.Value}' is defined twice");
        }
        foreach (var text in new[] { title, description })
        {
            if (text is { } t && TextProblem(t.Value) is { } tp) fields.Error(Codes.BadRegion, t, tp);
        }
        var shapes = new List<RegionShape>();
        var list = fields.MappingList("shapes", required: true);
        if (list.Count > MaxShapes)
        {
            fields.Error(Codes.TooManyEntries, list[MaxShapes], $"{list.Count:N0} shapes; a region may have at most {MaxShapes}");
        }
        foreach (var item in list.Take(MaxShapes))
        {
            var shape = new FieldReader(item, path, diagnostics, ShapeFields, item.Line, item.Column);
            var label = shape.RequiredText("label");
            var d = shape.RequiredText("path");
            if (label is { } l && TextProblem(l.Value) is { } lp) shape.Error(Codes.BadRegion, l, lp);
            if (d is { } p && PathProblem(p.Value) is { } pp) shape.Error(Codes.BadRegion, p, "path " + pp);
            if (shape.Failed)
            {
                fields.MarkFailed();
                continue;
            }
            shapes.Add(new RegionShape(label!.Value.Value.Trim(), d!.Value.Value.Trim()));
        }
        return fields.Failed ? null : new Region(name!.Value.Value, title!.Value.Value.Trim(), description!.Value.Value.Trim(), shapes);
    }

    /// <summary>What is wrong with SVG path data, or null: only commands, numbers, commas and spaces, starting with a move.</summary>
    public static string? PathProblem(string d)
    {
        if (d.Length > MaxPathChars) return $"is {d.Length:N0} characters long; at most {MaxPathChars:N0} are allowed";
        if (!PathData().IsMatch(d)) return "must be SVG path data: commands (M, L, H, V, C, S, Q, T, A, Z), numbers, commas and spaces, starting with M";
        return null;
    }

    /// <summary>Labels are read aloud and shown: one line, no markup.</summary>
    private static string? TextProblem(string value)
    {
        if (value.Any(char.IsControl)) return "must be one line of text, without control characters";
        if (FormatCharacters.IndexOf(value) >= 0) return "has an invisible format character (zero-width space, bidi mark, soft hyphen): remove it";
        if (value.Contains('<')) return "must be plain text: '<' is not allowed (raw HTML is never passed through)";
        return null;
    }

    [GeneratedRegex(@"^\s*-?\d+(\.\d+)?([\s,]+-?\d+(\.\d+)?){3}\s*$")]
    private static partial Regex ViewBox();

    [GeneratedRegex(@"^\s*[Mm][MmLlHhVvCcSsQqTtAaZz0-9eE.,\s+-]*$")]
    private static partial Regex PathData();
}
