using System.Text;
using BackpainGuide.Model;

namespace BackpainGuide.Layout.Units;

/// <summary>robots.txt: everything may be crawled; it points at the sitemap.</summary>
public sealed class RobotsUnit : IAggregateUnit
{
    public string Name => "robots.txt";

    public IEnumerable<OutputFile> Plan(LayoutContext context, IReadOnlyList<OutputFile> planned)
    {
        var urls = context.Urls;
        yield return new OutputFile("robots.txt",
            () => Encoding.UTF8.GetBytes($"User-agent: *\nAllow: /\n\nSitemap: {urls.Absolute(urls.BasePath + "sitemap.xml")}\n"));
    }
}
