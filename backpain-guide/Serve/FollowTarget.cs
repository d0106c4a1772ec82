using BackpainGuide.Build;

namespace BackpainGuide.Serve;

/// <summary>
/// The pages of the content files just saved, for tabs that follow edits: a saved question's
/// page, or a saved plain page. Only pages the new snapshot serves; none when the watcher lost
/// events (then nobody knows what was saved).
/// </summary>
public static class FollowTarget
{
    public static IReadOnlyList<string> Of(BuildOptions options, IReadOnlyCollection<string>? saved, Snapshot snapshot)
    {
        if (saved is null) return [];
        var input = Path.GetFullPath(options.Input);
        var pages = new List<string>();
        foreach (var path in saved.Order(StringComparer.Ordinal))
        {
            var full = Path.GetFullPath(path);
            if (Path.GetExtension(full) != ".md") continue;
            var folder = Path.GetFileName(Path.GetDirectoryName(full));
            if (Path.GetDirectoryName(Path.GetDirectoryName(full)) != input) continue;
            var slug = Path.GetFileNameWithoutExtension(full);
            var output = folder switch
            {
                "questions" => $"questions/{slug}/index.html",
                "pages" => $"{slug}/index.html",
                _ => null,
            };
            if (output is not null && snapshot.Files.ContainsKey(output) && !pages.Contains(output)) pages.Add(output);
        }
        return pages;
    }
}
