using BackpainGuide.Model;

namespace BackpainGuide.Layout.Units;

/// <summary>
/// embed/tags/&lt;tag&gt;/: a topic's questions, each opening to its answer. Each entry carries a
/// whole answer, so past pagination.answers_per_embed the topic is cut into numbered pages
/// (embed/tags/&lt;tag&gt;/page/2/, ...) whose pager stays inside the frame.
/// </summary>
public sealed class EmbedTagPagesUnit : IOutputUnit
{
    public string Name => "tag embeds";

    public IEnumerable<OutputFile> Plan(LayoutContext context)
    {
        var (site, urls) = (context.Site, context.Urls);
        var headers = EmbedHeaders.Frameable(urls.BasePath + "embed/tags/*");
        var pages = site.Questions.ToDictionary(p => p.Question.Slug, StringComparer.Ordinal);
        var perPage = site.Site.Pagination.AnswersPerEmbed;
        foreach (var tag in site.Tags)
        {
            var canonical = urls.Tag(tag.Tag.Name);
            var first = urls.EmbedTag(tag.Tag.Name);
            // The warning box shows on every page of a topic that has a red-flag answer anywhere.
            var hasRedFlag = tag.Questions.Any(q => pages[q.Slug].IsRedFlag);
            var cut = Pagination.Cut(tag.Questions, perPage);
            for (var i = 0; i < cut.Count; i++)
            {
                var (number, slice) = (i + 1, cut[i]);
                var pager = PagerView.For(first, number, cut.Count, context.Site.Site.Text["pager_label"].Replace("{title}", tag.Tag.Title, StringComparison.Ordinal), inFrame: true);
                yield return EmbedPageFile.Html(context, PagerView.PageUrl(first, number), canonical, tag.Tag.Title, tag.Tag.Description,
                    context.Site.Site.Text["embed_read_tag"], headers, () =>
                    {
                        var answers = slice.Select(q =>
                        {
                            var page = pages[q.Slug];
                            return new EmbedAnswerView(q.Title.Value, q.Summary.Value, urls.Absolute(urls.Question(q.Slug)),
                                new ScopedHtml(page.BodyHtml, q.Slug), Views.Sources(q), Views.Iso(q.Reviewed.Value),
                                Views.ReviewedText(q.Reviewed.Value), page.IsRedFlag);
                        }).ToList();
                        return context.Templates.RenderContent("embed-tag", new EmbedTagView(context.View, Views.Tag(tag.Tag, urls), answers,
                            hasRedFlag, urls.Absolute(canonical))
                        {
                            Total = tag.Questions.Count,
                            Pager = pager,
                        });
                    });
            }
        }
    }
}
