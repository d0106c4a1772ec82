using BackpainGuide.Model;
using Markdig.Extensions.CustomContainers;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace BackpainGuide.Render;

/// <summary>
/// An urgency card as the NHS design system's care card: a bordered box whose heading (the words
/// after the card's name, if any) starts with a prefix only screen readers hear ("Immediate action
/// required: "), then the card's Markdown. Only the three names the parser accepts are rendered as
/// cards; the name is never written into the markup as given.
/// </summary>
public sealed class CareCardRenderer(SiteText text) : HtmlObjectRenderer<CustomContainer>
{
    protected override void Write(HtmlRenderer renderer, CustomContainer card)
    {
        var name = CareCards.Names.FirstOrDefault(n => n == card.Info);
        if (name is null)
        {
            // Refused by the parser; rendered inert should a caller render it anyway.
            renderer.WriteChildren(card);
            return;
        }
        renderer.EnsureLine();
        renderer.Write("<div class=\"care-card care-card-").Write(name).Write("\">\n");
        var prefix = text[CareCards.PrefixKey(name)];
        var title = card.Arguments?.Trim();
        if (string.IsNullOrEmpty(title))
        {
            // No heading to show: the prefix alone, for screen readers, at the start of the card.
            renderer.Write("<div class=\"care-card-content\">\n<p class=\"visually-hidden\">").WriteEscape(prefix).Write("</p>\n");
        }
        else
        {
            renderer.Write("<p class=\"care-card-heading\"><span class=\"visually-hidden\">").WriteEscape(prefix).Write(" </span>")
                .WriteEscape(title).Write("</p>\n<div class=\"care-card-content\">\n");
        }
        renderer.WriteChildren(card);
        renderer.EnsureLine();
        renderer.Write("</div>\n</div>\n");
    }
}
