using BackpainGuide.Model;

namespace BackpainGuide.Layout.Units;

/// <summary>The home page: the FAQ index, every question grouped by tag.</summary>
public sealed class HomeUnit : IOutputUnit
{
    public string Name => "home";

    public IEnumerable<OutputFile> Plan(LayoutContext context)
    {
        var (site, urls, view) = (context.Site, context.Urls, context.View);
        yield return PageFile.Html(context, new(urls.Home, site.Site.Title, site.Site.Description, "website", "home"),
            () => context.Templates.Render("home", new HomeView(view,
                site.Tags.Select(t => new TagGroupView(Views.Tag(t.Tag, urls), t.Questions.Select(q => Views.Summary(q, view, urls)).ToList())).ToList(),
                site.Questions.Count)
            { Map = Views.Map(site, urls) }),
            jsonLd: JsonLd.ForHome(site, urls), sitemap: new SitemapEntry(urls.Absolute(urls.Home)));
    }
}
