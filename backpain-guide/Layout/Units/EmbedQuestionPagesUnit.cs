using BackpainGuide.Link;
using BackpainGuide.Model;

namespace BackpainGuide.Layout.Units;

/// <summary>embed/questions/&lt;slug&gt;/: the answer alone, for other sites to frame.</summary>
public sealed class EmbedQuestionPagesUnit : IOutputUnit, IQuestionOutputs
{
    public string Name => "question embeds";

    public IEnumerable<OutputFile> Plan(LayoutContext context) => context.Site.Questions.SelectMany(page => PlanFor(context, page));

    public IEnumerable<OutputFile> PlanFor(LayoutContext context, QuestionPage page)
    {
        var (site, urls) = (context.Site, context.Urls);
        var headers = EmbedHeaders.Frameable(urls.BasePath + "embed/questions/*");
        var q = page.Question;
        yield return EmbedPageFile.Html(context, urls.EmbedQuestion(q.Slug), urls.Question(q.Slug), q.Title.Value, q.Summary.Value,
            site.Site.Text["embed_read_question"], headers,
            () => context.Templates.RenderContent("embed-question", Views.Question(page, site, urls, context.View)));
    }
}
