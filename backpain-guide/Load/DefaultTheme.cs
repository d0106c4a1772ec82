using System.Reflection;

namespace BackpainGuide.Load;

/// <summary>
/// The theme that ships inside the program: the repository's theme/ folder, embedded as resources
/// named "theme/&lt;folder&gt;/&lt;file&gt;" (see the project file), so an installed tool needs no
/// files beside it. A guide's own theme/ folder overrides it file by file (<see cref="ThemeLoader"/>).
/// </summary>
public static class DefaultTheme
{
    private const string Prefix = "theme/";

    /// <summary>How diagnostics name a file of the built-in theme (it has no path on disk).</summary>
    public const string DisplayRoot = "(built-in theme)";

    private static readonly Lazy<IReadOnlyDictionary<string, IReadOnlyList<(string Name, byte[] Bytes)>>> Folders = new(Read);

    /// <summary>The files of one folder of the built-in theme ("templates", "assets", "embed"), in ordinal order of name.</summary>
    public static IReadOnlyList<(string Name, byte[] Bytes)> Files(string folder) =>
        Folders.Value.TryGetValue(folder, out var files) ? files : [];

    private static IReadOnlyDictionary<string, IReadOnlyList<(string Name, byte[] Bytes)>> Read()
    {
        var assembly = typeof(DefaultTheme).Assembly;
        var folders = new SortedDictionary<string, List<(string Name, byte[] Bytes)>>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames().Order(StringComparer.Ordinal))
        {
            if (!resource.StartsWith(Prefix, StringComparison.Ordinal)) continue;
            var rest = resource[Prefix.Length..];
            var slash = rest.IndexOf('/');
            if (slash <= 0 || rest.IndexOf('/', slash + 1) >= 0) continue; // only files directly in a folder, as on disk
            var folder = rest[..slash];
            if (!folders.TryGetValue(folder, out var list)) folders[folder] = list = [];
            list.Add((rest[(slash + 1)..], ReadAll(assembly, resource)));
        }
        return folders.ToDictionary(f => f.Key, f => (IReadOnlyList<(string, byte[])>)f.Value, StringComparer.Ordinal);
    }

    private static byte[] ReadAll(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"embedded theme file '{resource}' is missing from the program");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
