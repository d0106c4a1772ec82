using BackpainGuide.Load;
using BackpainGuide.Model;
using BackpainGuide.Validate;
using Markdig.Syntax.Inlines;

namespace BackpainGuide.Render;

/// <summary>The HTML, plain text and outgoing question links of every body, keyed by slug ("page:" + slug for pages).</summary>
public sealed record RenderedBodies(
    IReadOnlyDictionary<string, string> Html,
    IReadOnlyDictionary<string, string> PlainText,
    IReadOnlyDictionary<string, IReadOnlyList<string>> LinkedQuestions);

/// <summary>Stage 3: renders every Markdown body to HTML, in parallel.</summary>
public static class RenderStage
{
    public static RenderedBodies Render(Content content, Urls urls)
    {
        var renderer = new MarkdownRenderer(content.Links, urls);
        var bodies = content.Questions.Select(q => (Key: q.Slug, q.Body))
            .Concat(content.Pages.Select(p => (Key: "page:" + p.Slug, p.Body)))
            .ToArray();
        var html = new string[bodies.Length];
        var text = new string[bodies.Length];
        var linked = new IReadOnlyList<string>[bodies.Length];
        Parallel.For(0, bodies.Length, i =>
        {
            // Links are read before rendering rewrites them.
            linked[i] = LinkedQuestions(bodies[i].Body, content.Links);
            text[i] = PlainText.Of(bodies[i].Body.Document);
            html[i] = renderer.Render(bodies[i].Body);
        });
        var keys = bodies.Select(b => b.Key).ToArray();
        return new RenderedBodies(
            ToDictionary(keys, html),
            ToDictionary(keys, text),
            ToDictionary(keys, linked));
    }

    private static IReadOnlyList<string> LinkedQuestions(MarkdownBody body, LinkResolver links)
    {
        var result = new List<string>();
        foreach (var (node, _) in MarkdownParser.Walk(body.Document))
        {
            if (node is LinkInline { Url: { } url, IsImage: false }
                && links.Resolve(url, false) is LinkTarget.Internal { Kind: PageKind.Question } target
                && !result.Contains(target.Slug))
            {
                result.Add(target.Slug);
            }
        }
        return result;
    }

    private static Dictionary<string, T> ToDictionary<T>(string[] keys, T[] values)
    {
        var result = new Dictionary<string, T>(keys.Length, StringComparer.Ordinal);
        for (var i = 0; i < keys.Length; i++) result[keys[i]] = values[i];
        return result;
    }
}
