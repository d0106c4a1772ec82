using BackpainGuide.Diagnostics;
using BackpainGuide.Load.Yaml;
using BackpainGuide.Model;

namespace BackpainGuide.Load;

/// <summary>Reads input/site.yml and input/tags.yml.</summary>
public static class SettingsLoader
{
    public static readonly IReadOnlyList<string> SiteFields =
        ["title", "description", "base_url", "language", "repository", "branch", "disclaimer", "urgent_question"];

    private static readonly IReadOnlyList<string> TagFields = ["name", "title", "description"];

    public static SiteSettings? LoadSite(InputFile file, DiagnosticBag diagnostics, string? baseUrlOverride)
    {
        if (Root(file, diagnostics) is not YamlMapping map) return null;
        var fields = new FieldReader(map, file.DisplayPath, diagnostics, SiteFields.ToArray(), 1, 1);
        var title = fields.RequiredText("title");
        var description = fields.RequiredText("description");
        var baseUrl = fields.RequiredText("base_url");
        var language = fields.RequiredText("language");
        var repository = fields.OptionalText("repository");
        var branch = fields.OptionalText("branch");
        var disclaimer = fields.RequiredText("disclaimer");
        var urgent = fields.OptionalText("urgent_question");

        if (baseUrl is { } b && baseUrlOverride is null && !UrlPolicy.IsHttpUrl(b.Value))
        {
            fields.Error(Codes.BadSetting, b, $"base_url '{b.Value}' must be an absolute http(s) URL, for example https://example.org/guide/");
        }
        if (repository is { } r && !UrlPolicy.IsHttpUrl(r.Value))
        {
            fields.Error(Codes.BadSetting, r, $"repository '{r.Value}' must be an absolute http(s) URL");
        }
        if (language is { } l && !IsLanguageTag(l.Value))
        {
            fields.Error(Codes.BadSetting, l, $"language '{l.Value}' is not a language tag such as 'en' or 'en-GB'");
        }
        if (urgent is { } u && !Slug.IsValid(u.Value))
        {
            fields.Error(Codes.BadSetting, u, $"urgent_question '{u.Value}' must be the slug of a question");
        }
        if (fields.Failed) return null;

        var finalBase = baseUrlOverride ?? baseUrl!.Value.Value;
        if (!finalBase.EndsWith('/')) finalBase += "/";
        return new SiteSettings(title!.Value.Value, description!.Value.Value, finalBase, language!.Value.Value,
            repository?.Value.TrimEnd('/'), branch?.Value ?? "main", disclaimer!.Value.Value, urgent?.Value,
            file.DisplayPath, urgent?.Line ?? 0, urgent?.Column ?? 0);
    }

    public static IReadOnlyList<TagDefinition>? LoadTags(InputFile file, DiagnosticBag diagnostics)
    {
        var root = Root(file, diagnostics, expectList: true);
        if (root is null) return null;
        if (root is not YamlSequence seq || seq.Items.Count == 0)
        {
            diagnostics.Add(Diagnostic.Error(Codes.BadSetting, file.DisplayPath, root.Line, root.Column,
                "tags.yml must be a list of tags, each with name, title and description"));
            return null;
        }
        var tags = new List<TagDefinition>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        var failed = false;
        if (seq.Items.Count > Limits.MaxTagDefinitions)
        {
            var extra = seq.Items[Limits.MaxTagDefinitions];
            diagnostics.Add(Diagnostic.Error(Codes.TooManyEntries, file.DisplayPath, extra.Line, extra.Column,
                $"{seq.Items.Count:N0} tags; tags.yml may define at most {Limits.MaxTagDefinitions}"));
            return null;
        }
        foreach (var item in seq.Items)
        {
            if (item is not YamlMapping map)
            {
                diagnostics.Add(Diagnostic.Error(Codes.WrongType, file.DisplayPath, item.Line, item.Column,
                    "each tag must be a mapping with name, title and description"));
                failed = true;
                continue;
            }
            var fields = new FieldReader(map, file.DisplayPath, diagnostics, TagFields.ToArray(), map.Line, map.Column);
            var name = fields.RequiredText("name");
            var title = fields.RequiredText("title");
            var description = fields.RequiredText("description");
            if (name is { } n && !Slug.IsValid(n.Value))
            {
                fields.Error(Codes.BadSetting, n, $"tag name '{n.Value}' must be a slug (a-z, 0-9 and '-')");
            }
            else if (name is { } n2 && !names.Add(n2.Value))
            {
                fields.Error(Codes.DuplicateEntry, n2, $"tag '{n2.Value}' is defined twice");
            }
            if (fields.Failed)
            {
                failed = true;
                continue;
            }
            tags.Add(new TagDefinition(name!.Value.Value, title!.Value.Value, description!.Value.Value));
        }
        return failed ? null : tags;
    }

    private static YamlNode? Root(InputFile file, DiagnosticBag diagnostics, bool expectList = false)
    {
        if (!File.Exists(file.FullPath))
        {
            diagnostics.Add(Diagnostic.Error(Codes.MissingFile, file.DisplayPath, 0, 0, "file is missing"));
            return null;
        }
        if (InputFolder.ReadText(file, diagnostics) is not { } text) return null;
        var root = YamlReader.Read(text, file.DisplayPath, 1, diagnostics);
        if (root is not null && !expectList && root is not YamlMapping)
        {
            diagnostics.Add(Diagnostic.Error(Codes.BadSetting, file.DisplayPath, root.Line, root.Column, "expected 'field: value' lines"));
            return null;
        }
        return root;
    }

    private static bool IsLanguageTag(string value) =>
        value.Length is >= 2 and <= 35 && value.All(c => char.IsAsciiLetterOrDigit(c) || c == '-') && char.IsAsciiLetter(value[0]);
}
