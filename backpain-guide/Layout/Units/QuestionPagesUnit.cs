using BackpainGuide.Link;
using BackpainGuide.Model;

namespace BackpainGuide.Layout.Units;

/// <summary>A page per question.</summary>
public sealed class QuestionPagesUnit : IOutputUnit, IQuestionOutputs
{
    public string Name => "question pages";

    public IEnumerable<OutputFile> Plan(LayoutContext context) => context.Site.Questions.SelectMany(page => PlanFor(context, page));

    public IEnumerable<OutputFile> PlanFor(LayoutContext context, QuestionPage page)
    {
        var (site, urls) = (context.Site, context.Urls);
        var q = page.Question;
        var url = urls.Question(q.Slug);
        yield return PageFile.Html(context,
            new(url, q.Title.Value, q.Summary.Value, "article", page.IsRedFlag ? "question red-flag" : "question"),
            () => context.Templates.RenderContent("question", Views.Question(page, site, urls, context.View) with
            {
                Share = new ShareView(urls.Absolute(url), EmbedSnippet.Question(urls, q.Slug, q.Title.Value, q.Summary.Value),
                    urls.EmbedExplainer(), site.Site.Text["share_what_question"]),
            }), page,
            sitemap: new SitemapEntry(urls.Absolute(url), Views.Iso(q.Reviewed.Value)),
            oembedUrl: urls.Absolute(urls.OembedQuestion(q.Slug)), hasShare: true,
            breadcrumbs: Breadcrumbs.Question(page, urls, url));
    }
}
