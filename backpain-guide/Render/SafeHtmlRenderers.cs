using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace BackpainGuide.Render;

/// <summary>Renders a raw HTML block as visible, escaped text: content may not inject markup.</summary>
public sealed class EscapedHtmlBlockRenderer : HtmlObjectRenderer<HtmlBlock>
{
    protected override void Write(HtmlRenderer renderer, HtmlBlock obj)
    {
        renderer.EnsureLine();
        renderer.Write("<p>");
        var lines = obj.Lines.Lines;
        for (var i = 0; i < obj.Lines.Count; i++)
        {
            if (i > 0) renderer.Write("<br>\n");
            renderer.WriteEscape(lines[i].Slice.AsSpan());
        }
        renderer.WriteLine("</p>");
    }
}

/// <summary>Renders inline raw HTML such as &lt;img onerror=...&gt; as escaped text.</summary>
public sealed class EscapedHtmlInlineRenderer : HtmlObjectRenderer<HtmlInline>
{
    protected override void Write(HtmlRenderer renderer, HtmlInline obj) => renderer.WriteEscape(obj.Tag);
}

public static class SafeHtmlRendererSetup
{
    public static void Apply(HtmlRenderer renderer)
    {
        renderer.ObjectRenderers.RemoveAll(r => r is HtmlBlockRenderer or HtmlInlineRenderer);
        renderer.ObjectRenderers.Insert(0, new EscapedHtmlBlockRenderer());
        renderer.ObjectRenderers.Insert(0, new EscapedHtmlInlineRenderer());
    }
}
