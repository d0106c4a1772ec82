using BackpainGuide.Model;

namespace BackpainGuide.Layout.Units;

/// <summary>The plain pages of input/pages/.</summary>
public sealed class PlainPagesUnit : IOutputUnit
{
    public string Name => "plain pages";

    public IEnumerable<OutputFile> Plan(LayoutContext context)
    {
        var urls = context.Urls;
        foreach (var page in context.Site.Pages)
        {
            var p = page.Page;
            var url = urls.Page(p.Slug);
            yield return PageFile.Html(context, new(url, p.Title.Value, p.Summary.Value, "website", "page"),
                () => context.Templates.RenderContent("page", new PageView(context.View, p.Title.Value, new RawHtml(page.BodyHtml))),
                sitemap: new SitemapEntry(urls.Absolute(url)), breadcrumbs: [new LinkView(p.Title.Value, url)]);
        }
    }
}
