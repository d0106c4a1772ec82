using System.Security;
using System.Text;
using BackpainGuide.Link;
using BackpainGuide.Render;

namespace BackpainGuide.Layout;

/// <summary>sitemap.xml and robots.txt.</summary>
public static class SiteFiles
{
    public static byte[] Sitemap(IEnumerable<(string Url, string? LastModified)> pages)
    {
        var sb = new StringBuilder();
        sb.Append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        sb.Append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        foreach (var (url, lastModified) in pages)
        {
            sb.Append("  <url><loc>").Append(SecurityElement.Escape(url)).Append("</loc>");
            if (lastModified is not null) sb.Append("<lastmod>").Append(lastModified).Append("</lastmod>");
            sb.Append("</url>\n");
        }
        sb.Append("</urlset>\n");
        return Encoding.UTF8.GetBytes(sb.ToString());
    }

    public static byte[] Robots(SiteModel site, Urls urls) =>
        Encoding.UTF8.GetBytes($"User-agent: *\nAllow: /\n\nSitemap: {urls.Absolute(urls.BasePath + "sitemap.xml")}\n");
}
