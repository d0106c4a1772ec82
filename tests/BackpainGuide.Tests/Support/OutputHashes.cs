using System.Security.Cryptography;
using System.Text;

namespace BackpainGuide.Tests.Support;

/// <summary>
/// The SHA-256 of every file of a built site, as text for a golden file. Files whose path names a
/// question (its slug as a folder or as a file name) are grouped by that shape, and a folder of
/// many files (the search index) counts as one group: one line per group with the number of files
/// and the hash of their sorted "path hash" lines, so a 1,000-question golden stays a page long.
/// </summary>
internal static class OutputHashes
{
    private const int GroupAbove = 16;

    public static IReadOnlyList<(string Path, string Hash)> Files(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => (Path.GetRelativePath(folder, f).Replace('\\', '/'), Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(f)))))
            .OrderBy(f => f.Item1, StringComparer.Ordinal)
            .ToList();

    /// <summary>Every file on its own line.</summary>
    public static string List(IReadOnlyList<(string Path, string Hash)> files) =>
        string.Concat(files.Select(f => $"{f.Hash}  {f.Path}\n"));

    /// <summary>One line per group of files of the same shape; <paramref name="slugs"/> are the names that vary.</summary>
    public static string Grouped(IReadOnlyList<(string Path, string Hash)> files, IReadOnlySet<string> slugs)
    {
        var shapes = files.Select(f => (Shape: Shape(f.Path, slugs), f.Path, f.Hash)).ToList();
        // A folder with many differently named files (index shards) is one group.
        var crowded = shapes.GroupBy(s => Folder(s.Shape), StringComparer.Ordinal)
            .Where(g => g.Select(s => s.Shape).Distinct(StringComparer.Ordinal).Count() > GroupAbove)
            .Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        var sb = new StringBuilder();
        foreach (var group in shapes.GroupBy(s => crowded.Contains(Folder(s.Shape)) ? Folder(s.Shape) + "/*" : s.Shape, StringComparer.Ordinal)
                     .OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var members = group.OrderBy(s => s.Path, StringComparer.Ordinal).ToList();
            var hash = members.Count == 1
                ? members[0].Hash
                : Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Concat(members.Select(m => $"{m.Hash}  {m.Path}\n")))));
            sb.Append(hash).Append("  ").Append(group.Key).Append(" (").Append(members.Count).Append(members.Count == 1 ? " file" : " files").Append(")\n");
        }
        return sb.ToString();
    }

    private static string Folder(string path) => path.LastIndexOf('/') is var i and >= 0 ? path[..i] : "";

    private static string Shape(string path, IReadOnlySet<string> slugs) =>
        string.Join('/', path.Split('/').Select(part =>
        {
            var dot = part.IndexOf('.');
            var stem = dot < 0 ? part : part[..dot];
            return slugs.Contains(stem) ? "*" + (dot < 0 ? "" : part[dot..]) : part;
        }));
}
