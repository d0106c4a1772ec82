using BackpainGuide.Load;
using BackpainGuide.Model;

namespace BackpainGuide.Render;

/// <summary>The HTML, plain text and outgoing question links of every body, keyed by slug ("page:" + slug for pages).</summary>
public sealed record RenderedBodies(
    IReadOnlyDictionary<string, string> Html,
    IReadOnlyDictionary<string, string> PlainText,
    IReadOnlyDictionary<string, IReadOnlyList<string>> LinkedQuestions);

/// <summary>
/// Stage 3: renders every Markdown body to HTML. The pipeline runs <see cref="RenderBody"/> on
/// each body as soon as it is parsed (so no more than a few syntax trees are alive at once);
/// <see cref="Render"/> collects the results and renders any body that is not rendered yet.
/// </summary>
public static class RenderStage
{
    public static MarkdownBody RenderBody(MarkdownBody body, MarkdownRenderer renderer)
    {
        if (body.IsRendered) return body;
        var text = PlainText.Of(body.Document);
        return body.Rendered(renderer.Render(body), text);
    }

    public static RenderedBodies Render(Content content, Urls urls)
    {
        var renderer = new MarkdownRenderer(content.Links, urls);
        var bodies = content.Questions.Select(q => (Key: q.Slug, q.Body))
            .Concat(content.Pages.Select(p => (Key: "page:" + p.Slug, p.Body)))
            .ToArray();
        var rendered = new MarkdownBody[bodies.Length];
        Parallel.For(0, bodies.Length, i => rendered[i] = RenderBody(bodies[i].Body, renderer));
        var html = new Dictionary<string, string>(bodies.Length, StringComparer.Ordinal);
        var text = new Dictionary<string, string>(bodies.Length, StringComparer.Ordinal);
        var linked = new Dictionary<string, IReadOnlyList<string>>(bodies.Length, StringComparer.Ordinal);
        for (var i = 0; i < bodies.Length; i++)
        {
            html[bodies[i].Key] = rendered[i].Html!;
            text[bodies[i].Key] = rendered[i].PlainText!;
            linked[bodies[i].Key] = LinkedQuestions(rendered[i], content.Links);
        }
        return new RenderedBodies(html, text, linked);
    }

    private static List<string> LinkedQuestions(MarkdownBody body, LinkResolver links)
    {
        var result = new List<string>();
        foreach (var link in body.Links)
        {
            if (!link.IsImage && !link.IsAutolink
                && links.Resolve(link.Url, false) is LinkTarget.Internal { Kind: PageKind.Question } target
                && !result.Contains(target.Slug))
            {
                result.Add(target.Slug);
            }
        }
        return result;
    }
}
