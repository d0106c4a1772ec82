using BackpainGuide.Model;

namespace BackpainGuide.Layout.Units;

/// <summary>
/// The home page: the FAQ index, every question grouped by tag. Past site.yml's
/// pagination.questions_per_page entries the index is cut into numbered pages (/page/2/, ...),
/// each with the whole list of topics, rel=prev/next and a pager, so a big guide's index stays
/// small and every question is still a few plain links away.
/// </summary>
public sealed class HomeUnit : IOutputUnit
{
    public string Name => "home";

    public IEnumerable<OutputFile> Plan(LayoutContext context)
    {
        var (site, urls, view) = (context.Site, context.Urls, context.View);
        var perPage = site.Site.Pagination.QuestionsPerPage;
        var entries = site.Tags.SelectMany(t => t.Questions.Select(q => (Tag: t, Question: q))).ToList();
        if (entries.Count <= perPage)
        {
            yield return PageFile.Html(context, new(urls.Home, site.Site.Title, site.Site.Description, "website", "home"),
                () => context.Templates.RenderContent("home", new HomeView(view,
                    site.Tags.Select(t => new TagGroupView(Views.Tag(t.Tag, urls), t.Questions.Select(q => Views.Summary(q, view, urls)).ToList())).ToList(),
                    site.Questions.Count)
                { Map = Views.Map(site, urls) }),
                jsonLd: () => JsonLd.ForHome(site, urls), sitemap: new SitemapEntry(urls.Absolute(urls.Home)));
            yield break;
        }

        var pages = Pagination.Cut(entries, perPage);
        // Each topic's entry in the list of topics points at the page its questions start on.
        var toc = new List<TagGroupView>();
        var index = 0;
        foreach (var tag in site.Tags)
        {
            var anchor = tag.Questions.Count == 0 ? urls.Tag(tag.Tag.Name) : PagerView.PageUrl(urls.Home, index / perPage + 1) + "#topic-" + tag.Tag.Name;
            toc.Add(new TagGroupView(Views.Tag(tag.Tag, urls), []) { Total = tag.Questions.Count, Anchor = anchor });
            index += tag.Questions.Count;
        }
        var started = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < pages.Count; i++)
        {
            var number = i + 1;
            var url = PagerView.PageUrl(urls.Home, number);
            var slice = pages[i];
            var pager = PagerView.For(urls.Home, number, pages.Count, site.Site.Text["pager_index_label"]);
            var groupsOnPage = new List<(Link.TagPage Tag, List<Question> Questions, bool Continued)>();
            foreach (var (tag, q) in slice)
            {
                if (groupsOnPage.Count == 0 || groupsOnPage[^1].Tag != tag)
                {
                    groupsOnPage.Add((tag, [], !started.Add(tag.Tag.Name)));
                }
                groupsOnPage[^1].Questions.Add(q);
            }
            var questions = slice.Select(e => e.Question).DistinctBy(q => q.Slug, StringComparer.Ordinal).ToList();
            var title = Views.PageTitle(site.Site, site.Site.Title, number, pages.Count);
            yield return PageFile.Html(context, new(url, title, site.Site.Description, "website", "home"),
                () => context.Templates.RenderContent("home", new HomeView(view,
                    groupsOnPage.Select(g => new TagGroupView(Views.Tag(g.Tag.Tag, urls), g.Questions.Select(q => Views.Summary(q, view, urls)).ToList())
                    {
                        Total = g.Tag.Questions.Count,
                        Continued = g.Continued,
                    }).ToList(),
                    site.Questions.Count)
                {
                    Toc = toc,
                    Pager = pager,
                    Map = number == 1 ? Views.Map(site, urls) : null,
                }),
                jsonLd: () => JsonLd.ForHome(site, urls, questions, url), sitemap: new SitemapEntry(urls.Absolute(url)), pager: pager);
        }
    }
}
