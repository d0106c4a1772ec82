using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace BackpainGuide.Tests.Support;

/// <summary>A built output folder, with every HTML page parsed by AngleSharp once.</summary>
public sealed class BuiltSite
{
    private static readonly HtmlParser Parser = new();

    public BuiltSite(string output, string basePath)
    {
        Output = output;
        BasePath = basePath;
        Pages = Directory.EnumerateFiles(output, "*.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(output, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToDictionary(p => p, p => (IDocument)Parser.ParseDocument(File.ReadAllText(Path.Combine(output, p))), StringComparer.Ordinal);
    }

    public string Output { get; }

    public string BasePath { get; }

    public IReadOnlyDictionary<string, IDocument> Pages { get; }

    /// <summary>The output file a root-relative URL points at, or null when it leaves the site.</summary>
    public string? FileOf(string url)
    {
        var path = url.Split('#')[0].Split('?')[0];
        if (!path.StartsWith(BasePath, StringComparison.Ordinal)) return null;
        var relative = Uri.UnescapeDataString(path[BasePath.Length..]);
        return relative.Length == 0 || relative.EndsWith('/') ? relative + "index.html" : relative;
    }

    /// <summary>Every internal link problem of every page: missing files and missing #fragments.</summary>
    public IReadOnlyList<string> BrokenLinks()
    {
        var problems = new List<string>();
        foreach (var (page, doc) in Pages)
        {
            foreach (var element in doc.QuerySelectorAll("[href], [src]"))
            {
                var url = element.GetAttribute("href") ?? element.GetAttribute("src")!;
                if (url.StartsWith("https://", StringComparison.Ordinal) || url.StartsWith("http://", StringComparison.Ordinal)
                    || url.StartsWith("mailto:", StringComparison.Ordinal))
                {
                    continue;
                }
                string target;
                if (url.StartsWith('#'))
                {
                    target = page;
                }
                else if (FileOf(url) is { } file)
                {
                    target = file;
                }
                else
                {
                    problems.Add($"{page}: link '{url}' is neither absolute nor under the base path {BasePath}");
                    continue;
                }
                if (!File.Exists(Path.Combine(Output, target)))
                {
                    problems.Add($"{page}: link '{url}' points at missing file {target}");
                    continue;
                }
                var hash = url.IndexOf('#');
                if (hash >= 0 && Pages.TryGetValue(target, out var targetDoc))
                {
                    var id = Uri.UnescapeDataString(url[(hash + 1)..]);
                    if (targetDoc.GetElementById(id) is null) problems.Add($"{page}: link '{url}' names no element id on {target}");
                }
            }
        }
        return problems;
    }
}
