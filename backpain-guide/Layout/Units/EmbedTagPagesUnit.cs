using BackpainGuide.Model;

namespace BackpainGuide.Layout.Units;

/// <summary>embed/tags/&lt;tag&gt;/: a topic's questions, each opening to its answer.</summary>
public sealed class EmbedTagPagesUnit : IOutputUnit
{
    public string Name => "tag embeds";

    public IEnumerable<OutputFile> Plan(LayoutContext context)
    {
        var (site, urls) = (context.Site, context.Urls);
        var headers = EmbedHeaders.Frameable(urls.BasePath + "embed/tags/*");
        var pages = site.Questions.ToDictionary(p => p.Question.Slug, StringComparer.Ordinal);
        foreach (var tag in site.Tags)
        {
            var canonical = urls.Tag(tag.Tag.Name);
            yield return EmbedPageFile.Html(context, urls.EmbedTag(tag.Tag.Name), canonical, tag.Tag.Title, tag.Tag.Description,
                context.Site.Site.Text["embed_read_tag"], headers, () =>
                {
                    var answers = tag.Questions.Select(q =>
                    {
                        var page = pages[q.Slug];
                        return new EmbedAnswerView(q.Title.Value, q.Summary.Value, urls.Absolute(urls.Question(q.Slug)),
                            new RawHtml(ScopedIds.Scope(page.BodyHtml, q.Slug)), Views.Sources(q), Views.Iso(q.Reviewed.Value),
                            Views.ReviewedText(q.Reviewed.Value), page.IsRedFlag);
                    }).ToList();
                    return context.Templates.Render("embed-tag", new EmbedTagView(context.View, Views.Tag(tag.Tag, urls), answers,
                        answers.Any(a => a.IsRedFlag), urls.Absolute(canonical)));
                });
        }
    }
}
