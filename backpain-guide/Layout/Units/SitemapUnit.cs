using System.Security;
using System.Text;
using BackpainGuide.Model;

namespace BackpainGuide.Layout.Units;

/// <summary>
/// sitemap.xml: every planned file that asked for a sitemap entry, in planning order. The
/// sitemaps protocol allows 50,000 URLs and 50 MB in one file; a bigger site gets sitemap.xml as
/// a sitemap index of sitemap-1.xml, sitemap-2.xml, ..., so robots.txt and search consoles keep
/// the one address whatever the size.
/// </summary>
public sealed class SitemapUnit(int maxUrls = SitemapUnit.MaxUrls, int maxBytes = SitemapUnit.MaxBytes) : IAggregateUnit
{
    /// <summary>The protocol's limits for one sitemap file.</summary>
    public const int MaxUrls = 50_000, MaxBytes = 50 * 1000 * 1000;

    public string Name => "sitemap";

    public IEnumerable<OutputFile> Plan(LayoutContext context, IReadOnlyList<OutputFile> planned)
    {
        var entries = planned.Select(f => f.Sitemap).OfType<SitemapEntry>().ToList();
        var parts = Split(entries, maxUrls, maxBytes);
        if (parts.Count == 1)
        {
            yield return new OutputFile("sitemap.xml", () => Sitemap(entries));
            yield break;
        }
        var urls = context.Urls;
        var names = parts.Select((_, i) => $"sitemap-{i + 1}.xml").ToList();
        yield return new OutputFile("sitemap.xml",
            () => Index(names.Select((name, i) => (urls.Absolute(urls.BasePath + name), Latest(parts[i])))));
        for (var i = 0; i < parts.Count; i++)
        {
            var part = parts[i];
            yield return new OutputFile(names[i], () => Sitemap(part));
        }
    }

    /// <summary>The entries cut into runs that each fit the protocol's limits, in order.</summary>
    public static List<List<SitemapEntry>> Split(IReadOnlyList<SitemapEntry> entries, int maxUrls = MaxUrls, int maxBytes = MaxBytes)
    {
        // When no run of maxUrls entries can reach maxBytes even at the most each line could take,
        // only the count cuts, and no line need be made while planning (it was serial work).
        var byCount = entries.Chunk(maxUrls).Select(part => part.ToList()).ToList();
        if (byCount.Count == 0) byCount.Add([]);
        if (byCount.All(part => Envelope + part.Sum(MostBytes) <= maxBytes)) return byCount;

        var parts = new List<List<SitemapEntry>> { new() };
        var bytes = Envelope;
        foreach (var entry in entries)
        {
            var size = Encoding.UTF8.GetByteCount(Line(entry));
            if (parts[^1].Count > 0 && (parts[^1].Count == maxUrls || bytes + size > maxBytes))
            {
                parts.Add([]);
                bytes = Envelope;
            }
            parts[^1].Add(entry);
            bytes += size;
        }
        return parts;
    }

    private const string Head = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    private const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly int Envelope = Head.Length + $"<urlset xmlns=\"{Namespace}\">\n</urlset>\n".Length;

    public static byte[] Sitemap(IEnumerable<SitemapEntry> entries)
    {
        var sb = new StringBuilder();
        sb.Append(Head).Append("<urlset xmlns=\"").Append(Namespace).Append("\">\n");
        foreach (var entry in entries) sb.Append(Line(entry));
        sb.Append("</urlset>\n");
        return Encoding.UTF8.GetBytes(sb.ToString());
    }

    /// <summary>
    /// The most UTF-8 bytes <see cref="Line"/> can take: its markup, and each character of the URL
    /// escaped to at most six characters (&amp;quot;) of at most three bytes each.
    /// </summary>
    private static long MostBytes(SitemapEntry entry) => 64 + 18L * entry.Url.Length + 3L * (entry.LastModified?.Length ?? 0);

    private static string Line(SitemapEntry entry) =>
        $"  <url><loc>{SecurityElement.Escape(entry.Url)}</loc>{(entry.LastModified is { } date ? $"<lastmod>{date}</lastmod>" : "")}</url>\n";

    /// <summary>The newest review date in a part (ISO dates sort as text), for the index's lastmod.</summary>
    private static string? Latest(List<SitemapEntry> part) =>
        part.Select(e => e.LastModified).OfType<string>().Max(StringComparer.Ordinal);

    private static byte[] Index(IEnumerable<(string Url, string? LastModified)> sitemaps)
    {
        var sb = new StringBuilder();
        sb.Append(Head).Append("<sitemapindex xmlns=\"").Append(Namespace).Append("\">\n");
        foreach (var (url, date) in sitemaps)
        {
            sb.Append("  <sitemap><loc>").Append(SecurityElement.Escape(url)).Append("</loc>");
            if (date is not null) sb.Append("<lastmod>").Append(date).Append("</lastmod>");
            sb.Append("</sitemap>\n");
        }
        sb.Append("</sitemapindex>\n");
        return Encoding.UTF8.GetBytes(sb.ToString());
    }
}
