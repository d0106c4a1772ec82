using BackpainGuide.Diagnostics;
using BackpainGuide.Model;
using Markdig;
using Markdig.Extensions.CustomContainers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace BackpainGuide.Load;

/// <summary>
/// Parses Markdown bodies with the one Markdig pipeline of the site, built once. Raw HTML is still
/// parsed (so that it can be found and reported) but is never rendered as HTML: see the renderer.
/// </summary>
public static class MarkdownParser
{
    // Extensions are chosen one by one: UseAdvancedExtensions would also enable generic
    // attributes ({onclick=...}), which would let content add arbitrary attributes to elements.
    // Heading ids are assigned here (HeadingIds), not by Markdig's auto-identifiers, whose
    // de-duplication is quadratic in repeated headings.
    public static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePreciseSourceLocation()
        .UsePipeTables()
        .UseEmphasisExtras()
        .UseListExtras()
        .UseAutoLinks()
        .UseCareCards()
        .Build();

    // Only the block form of Markdig's custom containers: UseCustomContainers would also turn
    // "::text::" into inline spans, changing the meaning of existing text.
    private static MarkdownPipelineBuilder UseCareCards(this MarkdownPipelineBuilder builder)
    {
        builder.BlockParsers.Insert(0, new CustomContainerParser());
        return builder;
    }

    public static MarkdownBody Parse(string body, int firstLine, string path, DiagnosticBag diagnostics)
    {
        MarkdownDocument document;
        try
        {
            document = Markdown.Parse(body, Pipeline);
        }
        catch (ArgumentException ex) when (ex.Message.Contains("too deeply nested", StringComparison.Ordinal))
        {
            // Markdig throws past its own nesting limit (e.g. 200 nested "1. " lists) before
            // our depth check below can see the tree: report it instead of crashing the build.
            diagnostics.Add(Diagnostic.Error(Codes.TooDeep, path, firstLine, 1,
                $"Markdown is nested too deeply for the parser (more than {Limits.MaxMarkdownDepth} levels of lists, quotes or emphasis)"));
            return new MarkdownBody(new MarkdownDocument(), firstLine, []);
        }
        var headings = new List<Heading>();
        var links = new List<BodyLink>();
        var cards = new List<string>();
        HeadingIds? ids = null; // made at the first heading: most bodies of a big guide have few or none
        var tooDeep = false;

        foreach (var (node, depth) in Walk(document))
        {
            if (depth > Limits.MaxMarkdownDepth && !tooDeep)
            {
                tooDeep = true;
                diagnostics.Add(Diagnostic.Error(Codes.TooDeep, path, firstLine + node.Line, node.Column + 1,
                    $"Markdown is nested more than {Limits.MaxMarkdownDepth} levels deep (lists, quotes or emphasis)"));
            }
            switch (node)
            {
                case HeadingBlock heading:
                    if (heading.Level == 1)
                    {
                        diagnostics.Add(Diagnostic.Error(Codes.HeadingLevel, path, firstLine + heading.Line, heading.Column + 1,
                            "use '##' for sections: the question title is the page's only level-1 heading"));
                    }
                    if (headings.Count == Limits.MaxHeadings)
                    {
                        diagnostics.Add(Diagnostic.Error(Codes.TooManyHeadings, path, firstLine + heading.Line, heading.Column + 1,
                            $"more than {Limits.MaxHeadings:N0} headings in one file; split the page"));
                    }
                    if (FormatCharacters.IndexOf(body, heading.Span.Start, Math.Min(body.Length, heading.Span.End + 1)) is var at && at >= 0)
                    {
                        var lineStart = body.LastIndexOf('\n', Math.Max(0, at - 1)) + 1;
                        var line = firstLine + heading.Line + body.AsSpan(heading.Span.Start, at - heading.Span.Start).Count('\n');
                        diagnostics.Add(Diagnostic.Error(Codes.FormatCharacter, path, line, at - lineStart + 1,
                            $"heading has an invisible format character, {FormatCharacters.Name(body, at)}: remove it (its id would not match what readers see)"));
                    }
                    var id = (ids ??= new HeadingIds()).Assign(heading);
                    if (id is not null) heading.GetAttributes().Id = id;
                    headings.Add(new Heading(heading.Level, PlainText.Of(heading.Inline), id ?? ""));
                    break;
                case LinkInline { Url: { } url } link:
                    links.Add(new BodyLink(url, link.IsImage, false, firstLine + link.Line, link.Column + 1));
                    break;
                case AutolinkInline { IsEmail: false } auto:
                    links.Add(new BodyLink(auto.Url, false, true, firstLine + auto.Line, auto.Column + 1));
                    break;
                case CustomContainer card:
                    CheckCard(card, firstLine, path, diagnostics);
                    cards.Add(card.Info ?? "");
                    break;
                case HtmlBlock html:
                    diagnostics.Add(Diagnostic.Warning(Codes.RawHtml, path, firstLine + html.Line, html.Column + 1,
                        "raw HTML is not allowed and is shown as text; use Markdown instead"));
                    break;
                case HtmlInline html:
                    diagnostics.Add(Diagnostic.Warning(Codes.RawHtml, path, firstLine + html.Line, html.Column + 1,
                        $"raw HTML '{Shorten(html.Tag)}' is not allowed and is shown as text; use Markdown instead"));
                    break;
            }
        }
        return new MarkdownBody(document, firstLine, headings) { Links = links, Cards = cards };
    }

    /// <summary>Every block and inline with its nesting depth, without recursion (depth is untrusted).</summary>
    public static IEnumerable<(MarkdownObject Node, int Depth)> Walk(MarkdownDocument document)
    {
        var stack = new Stack<(MarkdownObject, int)>();
        stack.Push((document, 0));
        while (stack.Count > 0)
        {
            var (node, depth) = stack.Pop();
            yield return (node, depth);
            switch (node)
            {
                case ContainerBlock container:
                    for (var i = container.Count - 1; i >= 0; i--) stack.Push((container[i], depth + 1));
                    break;
                case LeafBlock { Inline: { } inline }:
                    stack.Push((inline, depth + 1));
                    break;
                case ContainerInline inlines:
                    // Last child first, so that the first comes off the stack first.
                    for (var child = inlines.LastChild; child is not null; child = child.PreviousSibling) stack.Push((child, depth + 1));
                    break;
            }
        }
    }

    /// <summary>An urgency card: a name of <see cref="CareCards"/>, closed, and not inside another card.</summary>
    private static void CheckCard(CustomContainer card, int firstLine, string path, DiagnosticBag diagnostics)
    {
        var (line, column) = (firstLine + card.Line, card.Column + 1);
        var name = card.Info ?? "";
        if (name.Length == 0)
        {
            diagnostics.Add(Diagnostic.Error(Codes.UnknownCard, path, line, column,
                $"a ':::' line with no card open: a card starts with its name (::: {string.Join(", ::: ", CareCards.Names)}) and ends with a ':::' line"));
            // A stray closing line: its "card" runs to the end, but one error says it all.
            return;
        }
        else if (!CareCards.Names.Contains(name))
        {
            diagnostics.Add(Diagnostic.Error(Codes.UnknownCard, path, line, column,
                $"unknown urgency card '{Shorten(name)}'; the cards are: {string.Join(", ", CareCards.Names)}"));
        }
        if (card.Arguments is { } title && title.AsSpan().IndexOfAny('<', '>') >= 0 && title.Contains('<'))
        {
            diagnostics.Add(Diagnostic.Warning(Codes.RawHtml, path, line, column,
                "the card's heading is shown as plain text: raw HTML in it is not passed through"));
        }
        if (card.ClosingFencedCharCount == 0)
        {
            diagnostics.Add(Diagnostic.Error(Codes.UnclosedCard, path, line, column,
                $"urgency card '{Shorten(name)}' is not closed: end it with a line of '{new string(':', Math.Max(3, card.OpeningFencedCharCount))}'"));
        }
        for (var parent = card.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is not CustomContainer outer) continue;
            diagnostics.Add(Diagnostic.Error(Codes.NestedCard, path, line, column,
                $"urgency card '{Shorten(name)}' is inside the card opened on line {firstLine + outer.Line}: close one card (a ':::' line) before opening the next"));
            break;
        }
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "...";
}
