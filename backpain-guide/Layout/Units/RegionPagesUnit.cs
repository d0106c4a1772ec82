using BackpainGuide.Model;

namespace BackpainGuide.Layout.Units;

/// <summary>A page per region of the body map (/where/&lt;name&gt;/), listing the questions about it.</summary>
public sealed class RegionPagesUnit : IOutputUnit
{
    public string Name => "region pages";

    public IEnumerable<OutputFile> Plan(LayoutContext context)
    {
        var (urls, view) = (context.Urls, context.View);
        foreach (var region in context.Site.Regions)
        {
            var url = urls.Region(region.Region.Name);
            yield return PageFile.Html(context, new(url, region.Region.Title, region.Region.Description, "website", "region"),
                () => context.Templates.RenderContent("region", new RegionPageView(view, Views.Region(region, urls),
                    region.Questions.Select(q => Views.Summary(q, view, urls)).ToList(), urls.Home + "#where")),
                sitemap: new SitemapEntry(urls.Absolute(url)));
        }
    }
}
