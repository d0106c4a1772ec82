namespace BackpainGuide.Model;

/// <summary>
/// A file of the built site: its path inside the output folder ('/'-separated) and how to make its
/// bytes. Content is produced on demand so the writer can render and write in parallel without
/// holding the whole site in memory. <paramref name="Sitemap"/> and <paramref name="Headers"/> are
/// what the aggregate outputs (sitemap.xml, _headers) read from the planned files.
/// </summary>
public sealed record OutputFile(string Path, Func<byte[]> Content, SitemapEntry? Sitemap = null, HeaderRule? Headers = null)
{
    /// <summary>The name of the unit that planned the file (set by the plan), for --timings.</summary>
    public string Unit { get; init; } = "";

    /// <summary>Made by an aggregate unit (one big file from the whole site, such as llms-full.txt), set by the plan.</summary>
    public bool Aggregate { get; init; }
}

/// <summary>A sitemap line: the absolute URL and, for reviewed pages, the date it was last reviewed.</summary>
public sealed record SitemapEntry(string Url, string? LastModified = null);

/// <summary>
/// Response headers for every URL matching <paramref name="Pattern"/> (a _headers path with a
/// trailing '*'). Files share one rule instance per kind, so _headers lists each pattern once.
/// </summary>
public sealed record HeaderRule(string Pattern, IReadOnlyList<string> Headers);
