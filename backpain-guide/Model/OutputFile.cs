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

    /// <summary>
    /// Writes the file's bytes to a stream, so that no array is made for them: the writer passes
    /// a buffer it reuses for every file it writes (a page's template output goes straight into
    /// it as UTF-8), or, for an aggregate, the file itself, so that a big file is never whole in
    /// memory (llms-full.txt is 30 MB at 10,000 questions, and was twice that in a growing
    /// buffer). <see cref="Content"/> then buffers the same bytes, for the preview and tests.
    /// </summary>
    public Action<Stream>? Stream { get; init; }

    /// <summary>A file made by writing to a stream: see <see cref="Stream"/>.</summary>
    public static OutputFile Streamed(string path, Action<Stream> write, SitemapEntry? sitemap = null, HeaderRule? headers = null) =>
        new(path, () =>
        {
            var buffer = new MemoryStream();
            write(buffer);
            return buffer.ToArray();
        }, sitemap, headers)
        { Stream = write };
}

/// <summary>A sitemap line: the absolute URL and, for reviewed pages, the date it was last reviewed.</summary>
public sealed record SitemapEntry(string Url, string? LastModified = null);

/// <summary>
/// Response headers for every URL matching <paramref name="Pattern"/> (a _headers path with a
/// trailing '*'). Files share one rule instance per kind, so _headers lists each pattern once.
/// </summary>
public sealed record HeaderRule(string Pattern, IReadOnlyList<string> Headers);
