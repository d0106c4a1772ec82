using BackpainGuide.Load;
using BackpainGuide.Model;
using Markdig.Renderers;
using Markdig.Syntax.Inlines;

namespace BackpainGuide.Render;

/// <summary>
/// Markdown body to HTML. Links between pages are rewritten from "other-slug.md#id" to the page's
/// URL; anything the validator refused is rendered inert. Raw HTML comes out as text.
/// </summary>
public sealed class MarkdownRenderer(LinkResolver links, Urls urls, SiteText? text = null)
{
    /// <summary>Renders once: link URLs in the document are rewritten in place.</summary>
    public string Render(MarkdownBody body)
    {
        foreach (var (node, _) in MarkdownParser.Walk(body.Document))
        {
            if (node is LinkInline link && link.Url is not null) link.Url = Rewrite(link.Url, link.IsImage);
            else if (node is AutolinkInline auto && !auto.IsEmail && !UrlPolicy.IsAllowedLink(auto.Url)) auto.Url = "#";
            else if (node is Markdig.Extensions.Tables.Table table) TableAlignment.ToClasses(table);
        }
        var renderer = renderers.Value!;
        renderer.Clear();
        renderer.Render(body.Document);
        var html = renderer.Writer.ToString()!;
        if (KeptBuilder.TooBigToKeep(((StringWriter)renderer.Writer).GetStringBuilder())) renderer.Writer = NewWriter();
        return html;
    }

    // One HTML renderer per thread, reset for each body (as Markdig's own renderer cache does):
    // setting one up builds its list of object renderers, and its writer would grow again from
    // nothing, which was a fifth of what loading a question allocated.
    private readonly ThreadLocal<ReusedHtmlRenderer> renderers = new(() => NewRenderer(text ?? SiteText.Defaults));

    private static StringWriter NewWriter() => new(System.Globalization.CultureInfo.InvariantCulture);

    private static ReusedHtmlRenderer NewRenderer(SiteText text)
    {
        var renderer = new ReusedHtmlRenderer(NewWriter());
        MarkdownParser.Pipeline.Setup(renderer);
        SafeHtmlRendererSetup.Apply(renderer);
        renderer.ObjectRenderers.Insert(0, new CareCardRenderer(text));
        return renderer;
    }

    private string Rewrite(string url, bool isImage) => links.Resolve(url, isImage) switch
    {
        LinkTarget.External e => e.Url,
        LinkTarget.SamePage s => "#" + Uri.EscapeDataString(s.Fragment),
        LinkTarget.Internal { Kind: PageKind.Question } q => urls.Question(q.Slug) + Fragment(q.Fragment),
        LinkTarget.Internal p => urls.Page(p.Slug) + Fragment(p.Fragment),
        _ => "#",
    };

    private static string Fragment(string? fragment) => fragment is null ? "" : "#" + Uri.EscapeDataString(fragment);

    /// <summary>An HTML renderer that can be emptied (writer, indents, nesting) for the next body.</summary>
    private sealed class ReusedHtmlRenderer(StringWriter writer) : HtmlRenderer(writer)
    {
        public void Clear() => Reset();
    }
}
