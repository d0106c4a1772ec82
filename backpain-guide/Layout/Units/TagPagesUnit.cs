using BackpainGuide.Link;
using BackpainGuide.Model;

namespace BackpainGuide.Layout.Units;

/// <summary>
/// A page per tag, listing its questions; past pagination.questions_per_page, numbered pages
/// (tags/&lt;tag&gt;/page/2/, ...) with rel=prev/next and a pager.
/// </summary>
public sealed class TagPagesUnit : IOutputUnit
{
    public string Name => "tag pages";

    public IEnumerable<OutputFile> Plan(LayoutContext context)
    {
        var (urls, view) = (context.Urls, context.View);
        var perPage = context.Site.Site.Pagination.QuestionsPerPage;
        foreach (var tag in context.Site.Tags)
        {
            var first = urls.Tag(tag.Tag.Name);
            var pages = Pagination.Cut(tag.Questions, perPage);
            for (var i = 0; i < pages.Count; i++)
            {
                var (number, slice) = (i + 1, pages[i]);
                var url = PagerView.PageUrl(first, number);
                var pager = PagerView.For(first, number, pages.Count, context.Site.Site.Text["pager_label"].Replace("{title}", tag.Tag.Title, StringComparison.Ordinal));
                var title = Views.PageTitle(context.Site.Site, tag.Tag.Title, number, pages.Count);
                yield return PageFile.Html(context, new(url, title, tag.Tag.Description, "website", "tag"),
                    () => context.Templates.RenderContent("tag", new TagPageView(view, Views.Tag(tag.Tag, urls),
                        slice.Select(q => Views.Summary(q, view, urls)).ToList(), tag.Tag.Name == SiteModel.RedFlagTag)
                    {
                        Share = new ShareView(urls.Absolute(first), EmbedSnippet.Tag(urls, tag.Tag.Name, tag.Tag.Title, tag.Tag.Description),
                            urls.EmbedExplainer(), context.Site.Site.Text["share_what_tag"]),
                        Total = tag.Questions.Count,
                        Pager = pager,
                    }),
                    sitemap: new SitemapEntry(urls.Absolute(url)),
                    oembedUrl: urls.Absolute(urls.OembedTag(tag.Tag.Name)), hasShare: true,
                    breadcrumbs: [new LinkView(title, url)], pager: pager);
            }
        }
    }
}
