using System.Security;
using System.Text;
using BackpainGuide.Model;

namespace BackpainGuide.Layout.Units;

/// <summary>sitemap.xml: every planned file that asked for a sitemap entry, in planning order.</summary>
public sealed class SitemapUnit : IAggregateUnit
{
    public string Name => "sitemap";

    public IEnumerable<OutputFile> Plan(LayoutContext context, IReadOnlyList<OutputFile> planned)
    {
        var entries = planned.Select(f => f.Sitemap).OfType<SitemapEntry>().ToList();
        yield return new OutputFile("sitemap.xml", () => Sitemap(entries));
    }

    public static byte[] Sitemap(IEnumerable<SitemapEntry> entries)
    {
        var sb = new StringBuilder();
        sb.Append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        sb.Append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        foreach (var entry in entries)
        {
            sb.Append("  <url><loc>").Append(SecurityElement.Escape(entry.Url)).Append("</loc>");
            if (entry.LastModified is not null) sb.Append("<lastmod>").Append(entry.LastModified).Append("</lastmod>");
            sb.Append("</url>\n");
        }
        sb.Append("</urlset>\n");
        return Encoding.UTF8.GetBytes(sb.ToString());
    }
}
