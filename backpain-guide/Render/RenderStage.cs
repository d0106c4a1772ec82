using BackpainGuide.Load;
using BackpainGuide.Model;

namespace BackpainGuide.Render;

/// <summary>
/// Stage 3: renders every Markdown body to HTML and plain text. The pipeline runs
/// <see cref="RenderBody"/> on each body as soon as it is parsed (so no more than a few syntax
/// trees are alive at once); <see cref="Render"/> renders whatever is not rendered yet.
/// </summary>
public static class RenderStage
{
    public static MarkdownBody RenderBody(MarkdownBody body, MarkdownRenderer renderer)
    {
        if (body.IsRendered) return body;
        var text = PlainText.Of(body.Document);
        return body.Rendered(renderer.Render(body), text);
    }

    /// <summary>The same content with every body rendered.</summary>
    public static Content Render(Content content, Urls urls)
    {
        var renderer = new MarkdownRenderer(content.Links, urls, content.Site.Text);
        var questions = new Question[content.Questions.Count];
        var pages = new PlainPage[content.Pages.Count];
        Parallel.For(0, questions.Length, i => questions[i] = content.Questions[i] with { Body = RenderBody(content.Questions[i].Body, renderer) });
        Parallel.For(0, pages.Length, i => pages[i] = content.Pages[i] with { Body = RenderBody(content.Pages[i].Body, renderer) });
        return content with { Questions = questions, Pages = pages };
    }
}
