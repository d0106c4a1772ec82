using BackpainGuide.Diagnostics;

namespace BackpainGuide.Load;

/// <summary>A template of the theme: its name ("layout" for templates/layout.sbn) and its text.</summary>
public sealed record ThemeTemplate(string Name, string DisplayPath, string Text);

/// <summary>A file of theme/assets/ (published as assets/&lt;name&gt;) or theme/embed/ (the embed script and frame files).</summary>
public sealed record ThemeAsset(string Name, byte[] Bytes);

/// <summary>The theme as read: templates by name, assets and embed files in ordinal order.</summary>
public sealed record Theme(IReadOnlyList<ThemeTemplate> Templates, IReadOnlyList<ThemeAsset> Assets, IReadOnlyList<ThemeAsset> EmbedAssets,
    string TemplateFolder)
{
    public const string TemplateExtension = ".sbn";

    /// <summary>The path diagnostics show for a template, found or not.</summary>
    public string TemplatePath(string name) => $"{TemplateFolder}/{name}{TemplateExtension}";
}

/// <summary>
/// The theme: the built-in one (<see cref="DefaultTheme"/>), with each file that the guide's own
/// theme folder has (templates/*.sbn, assets/*, embed/*) put in place of the built-in file of that
/// name, or added. So a guide overrides one template or one stylesheet without copying the rest.
/// Files on disk are read through <see cref="InputFolder"/>, with the same refusals as content: a
/// pull request can change the theme too. A refused file is an error, never a silent fallback.
/// </summary>
public static class ThemeLoader
{
    /// <param name="theme">The guide's theme folder; null (or a folder that does not exist) for the built-in theme alone.</param>
    public static Theme Load(InputFolder? theme, DiagnosticBag diagnostics)
    {
        var templates = new SortedDictionary<string, ThemeTemplate>(StringComparer.Ordinal);
        foreach (var (name, bytes) in DefaultTheme.Files("templates"))
        {
            if (!name.EndsWith(Theme.TemplateExtension, StringComparison.Ordinal)) continue;
            var display = $"{DefaultTheme.DisplayRoot}/templates/{name}";
            if (SourceText.Decode(bytes, display, diagnostics) is { } text)
            {
                templates[name[..^Theme.TemplateExtension.Length]] = new ThemeTemplate(name[..^Theme.TemplateExtension.Length], display, text);
            }
        }
        foreach (var file in theme?.List("templates", required: false, diagnostics)?.Files ?? [])
        {
            var name = Path.GetFileName(file.FullPath);
            if (!name.EndsWith(Theme.TemplateExtension, StringComparison.Ordinal)) continue;
            var stem = name[..^Theme.TemplateExtension.Length];
            if (InputFolder.ReadText(file, diagnostics) is { } text) templates[stem] = new ThemeTemplate(stem, file.DisplayPath, text);
        }

        var assets = ReadAssets(theme, "assets", diagnostics);
        var embed = ReadAssets(theme, "embed", diagnostics);
        var folder = theme is null ? DefaultTheme.DisplayRoot + "/templates" : theme.Display(Path.Combine(theme.Root, "templates"));
        return new Theme(templates.Values.ToList(), assets, embed, folder);
    }

    private static List<ThemeAsset> ReadAssets(InputFolder? theme, string folder, DiagnosticBag diagnostics)
    {
        var assets = new SortedDictionary<string, ThemeAsset>(StringComparer.Ordinal);
        foreach (var (name, bytes) in DefaultTheme.Files(folder)) assets[name] = new ThemeAsset(name, bytes);
        var listing = theme?.List(folder, required: false, diagnostics);
        foreach (var file in listing?.Files ?? [])
        {
            var name = Path.GetFileName(file.FullPath);
            if (name.StartsWith('.')) continue; // .gitkeep and the like are not part of the site
            if (!IsAssetName(name))
            {
                diagnostics.Add(Diagnostic.Error(Codes.BadAssetName, file.DisplayPath, 1, 1,
                    "asset file names may use only a-z, A-Z, 0-9, '.', '_' and '-': the name becomes part of every page's URLs"));
                continue;
            }
            if (InputFolder.ReadBytes(file, Limits.MaxAssetBytes, diagnostics) is { } bytes) assets[name] = new ThemeAsset(name, bytes);
        }
        foreach (var sub in listing?.Folders ?? [])
        {
            diagnostics.Add(Diagnostic.Warning(Codes.NotRead, sub.DisplayPath, 1, 1,
                $"this folder is not read: files go directly in {folder}/, not in subfolders"));
        }
        return assets.Values.ToList();
    }

    /// <summary>Ordinal checks, not a pattern: .NET's '$' would let a name end in a newline.</summary>
    private static bool IsAssetName(string name) =>
        name.Length is > 0 and <= 100 && name[0] != '.' && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-');
}
