using BackpainGuide.Diagnostics;
using BackpainGuide.Load.Yaml;
using BackpainGuide.Model;

namespace BackpainGuide.Load;

/// <summary>Reads input/site.yml and input/tags.yml.</summary>
public static class SettingsLoader
{
    public static readonly IReadOnlyList<string> SiteFields =
        ["title", "description", "base_url", "language", "repository", "branch", "disclaimer", "urgent_question",
            "licence", "licence_url", "attribution", "text", "pagination"];

    public static readonly IReadOnlyList<string> PaginationFields = ["questions_per_page", "answers_per_embed"];

    /// <summary>Longest licence name and attribution line: both are shown on every embed and in every API document.</summary>
    public const int MaxLicenceChars = 100;
    public const int MaxAttributionChars = 200;

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
        var licence = fields.OptionalText("licence");
        var licenceUrl = fields.OptionalText("licence_url");
        var attribution = fields.OptionalText("attribution");
        var text = TextLoader.Load(fields.Find("text"), file.DisplayPath, diagnostics);
        var pagination = ReadPagination(fields, file.DisplayPath, diagnostics);

        if (baseUrl is { } b && baseUrlOverride is null && !UrlPolicy.IsHttpUrl(b.Value))
        {
            fields.Error(Codes.BadSetting, b, $"base_url '{b.Value}' must be an absolute http(s) URL, for example https://example.org/guide/");
        }
        if (baseUrl is { } bc && UrlPolicy.HasCredentials(bc.Value))
        {
            fields.Error(Codes.BadSetting, bc, "base_url must not carry a user name or password (user:password@): it would be published in every page's canonical URL and in the sitemap");
        }
        if (repository is { } r && !UrlPolicy.IsHttpUrl(r.Value))
        {
            fields.Error(Codes.BadSetting, r, $"repository '{r.Value}' must be an absolute http(s) URL");
        }
        else if (repository is { } rc && UrlPolicy.HasCredentials(rc.Value))
        {
            fields.Error(Codes.BadSetting, rc, "repository must not carry a user name or password (user:password@): it would be published in every \"Edit this page\" link");
        }
        if (branch is { } br && !GitBranch.IsValid(br.Value))
        {
            fields.Error(Codes.BadSetting, br,
                $"branch '{br.Value}' is not a plain git branch name: use letters, digits, '-', '_', '.' and '/', with no '..', no leading or trailing '/' or '-', and no part starting with '.' or ending in '.lock'");
        }
        if (language is { } l && !IsLanguageTag(l.Value))
        {
            fields.Error(Codes.BadSetting, l, $"language '{l.Value}' is not a language tag such as 'en' or 'en-GB'");
        }
        else if (language is { } sl && SearchLanguages.Of(sl.Value) is null)
        {
            fields.Error(Codes.UnsupportedLanguage, sl,
                $"search has no stemmer for language '{sl.Value}'; it supports {string.Join(", ", SearchLanguages.Supported)} (any region, such as en-GB or fr-CA)");
        }
        if (urgent is { } u && !Slug.IsValid(u.Value))
        {
            fields.Error(Codes.BadSetting, u, $"urgent_question '{u.Value}' must be the slug of a question");
        }
        OneLine(fields, licence, "licence", MaxLicenceChars, "a licence name such as 'CC BY-SA 4.0'");
        OneLine(fields, attribution, "attribution", MaxAttributionChars, "one line naming who wrote the guide");
        if (licenceUrl is { } lu && !UrlPolicy.IsHttpUrl(lu.Value))
        {
            fields.Error(Codes.BadSetting, lu, $"licence_url '{lu.Value}' must be an absolute http(s) URL");
        }
        if (licenceUrl is { } lu2 && licence is null)
        {
            fields.Error(Codes.BadSetting, lu2, "licence_url needs a licence: name the licence too, for example licence: \"CC BY-SA 4.0\"");
        }
        if (fields.Failed || text is null) return null;

        var finalBase = baseUrlOverride ?? baseUrl!.Value.Value;
        if (!finalBase.EndsWith('/')) finalBase += "/";
        return new SiteSettings(title!.Value.Value, description!.Value.Value, finalBase, language!.Value.Value,
            repository?.Value.TrimEnd('/'), branch?.Value ?? "main", disclaimer!.Value.Value, urgent?.Value,
            file.DisplayPath, urgent?.Line ?? 0, urgent?.Column ?? 0)
        {
            Licence = licence?.Value,
            LicenceUrl = licenceUrl?.Value,
            Attribution = attribution?.Value,
            Text = text,
            Pagination = pagination,
        };
    }

    /// <summary>
    /// <c>pagination:</c>, a mapping of whole numbers from <see cref="Pagination.Min"/> to
    /// <see cref="Pagination.Max"/>; each key is optional. Reports at the value's position.
    /// </summary>
    private static Pagination ReadPagination(FieldReader fields, string path, DiagnosticBag diagnostics)
    {
        var node = fields.Find("pagination");
        if (node is null || node is YamlScalar { IsPlainNull: true }) return Pagination.Default;
        if (node is not YamlMapping map)
        {
            fields.Error(Codes.WrongType, node, $"'pagination' must be a mapping ({string.Join(", ", PaginationFields)}), not {node.Kind}");
            return Pagination.Default;
        }
        var inner = new FieldReader(map, path, diagnostics, PaginationFields.ToArray(), map.Line, map.Column);
        int Number(string key, int fallback)
        {
            if (inner.OptionalText(key) is not { } text) return fallback;
            if (text.Value.Length <= 6 && text.Value.All(char.IsAsciiDigit)
                && int.Parse(text.Value, System.Globalization.CultureInfo.InvariantCulture) is var n and >= Pagination.Min and <= Pagination.Max)
            {
                return n;
            }
            inner.Error(Codes.BadSetting, text,
                $"pagination {key} '{text.Value}' must be a whole number from {Pagination.Min} to {Pagination.Max:N0}");
            return fallback;
        }
        var result = new Pagination(Number("questions_per_page", Pagination.DefaultQuestionsPerPage),
            Number("answers_per_embed", Pagination.DefaultAnswersPerEmbed));
        if (inner.Failed) fields.MarkFailed();
        return result;
    }

    /// <summary>Embeds show these values on other people's pages: one short line, no control characters.</summary>
    private static void OneLine(FieldReader fields, Spanned<string>? value, string name, int max, string what)
    {
        if (value is not { } v) return;
        if (v.Value.Any(char.IsControl))
        {
            fields.Error(Codes.BadSetting, v, $"{name} must be {what}, on one line without control characters");
        }
        else if (v.Value.Length > max)
        {
            fields.Error(Codes.BadSetting, v, $"{name} is {v.Value.Length} characters long; at most {max} are allowed");
        }
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
        if (!failed && !names.Contains(TagDefinition.RedFlag))
        {
            // Reported, not fatal: the questions are still read and checked against the tags.
            diagnostics.Add(Diagnostic.Error(Codes.NoUrgentTarget, file.DisplayPath, 1, 1,
                $"tags.yml must define the tag '{TagDefinition.RedFlag}': pages tagged with it carry the warning box, and without urgent_question every page's urgent-help link leads to its tag page"));
        }
        return failed ? null : tags;
    }

    private static YamlNode? Root(InputFile file, DiagnosticBag diagnostics, bool expectList = false)
    {
        if (!InputFolder.Exists(file))
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
