using System.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace BackpainGuide.Load;

/// <summary>The readable text of Markdown nodes, for headings, search data and descriptions.</summary>
public static class PlainText
{
    public static string Of(ContainerInline? inline)
    {
        if (inline is null) return "";
        var sb = new StringBuilder();
        Append(inline, sb);
        return sb.ToString().Trim();
    }

    /// <summary>All text of a document, blocks separated by newlines.</summary>
    public static string Of(MarkdownDocument document)
    {
        // One builder per thread, kept between bodies: building each body's text in a new one
        // allocated more than the text itself, twice over.
        var sb = builder ??= new StringBuilder();
        sb.Clear();
        var text = Build(document, sb);
        if (KeptBuilder.TooBigToKeep(sb)) builder = null;
        return text;
    }

    [ThreadStatic] private static StringBuilder? builder;

    private static string Build(MarkdownDocument document, StringBuilder sb)
    {
        foreach (var (node, _) in MarkdownParser.Walk(document))
        {
            switch (node)
            {
                case LeafBlock { Inline: { } inline }:
                    if (sb.Length > 0) sb.Append('\n');
                    Append(inline, sb);
                    break;
                case Markdig.Extensions.CustomContainers.CustomContainer { Arguments: { } title } when title.Trim().Length > 0:
                    // An urgency card's heading is part of what the page says.
                    if (sb.Length > 0) sb.Append('\n');
                    sb.Append(title.Trim());
                    break;
                case CodeBlock code:
                    if (sb.Length > 0) sb.Append('\n');
                    sb.Append(code.Lines.ToString());
                    break;
            }
        }
        return sb.ToString();
    }

    private static void Append(ContainerInline container, StringBuilder sb)
    {
        for (var child = container.FirstChild; child is not null; child = child.NextSibling)
        {
            switch (child)
            {
                case LiteralInline literal:
                    sb.Append(literal.Content.AsSpan());
                    break;
                case CodeInline code:
                    sb.Append(code.Content);
                    break;
                case LineBreakInline:
                    sb.Append(' ');
                    break;
                case HtmlEntityInline entity:
                    sb.Append(entity.Transcoded.AsSpan());
                    break;
                case HtmlInline html:
                    sb.Append(html.Tag);
                    break;
                case AutolinkInline auto:
                    sb.Append(auto.Url);
                    break;
                case ContainerInline nested:
                    Append(nested, sb);
                    break;
            }
        }
    }
}
