using System.Globalization;
using Markdig.Helpers;
using Markdig.Renderers;
using Markdig.Syntax;

namespace BackpainGuide.Load;

/// <summary>
/// Gives the headings of one body their anchor ids, as GitHub does (and Markdig's GitHub
/// auto-identifiers did before): the heading's text without markup, urilized, "section" when that
/// is empty, and -1, -2, ... for a repeat. Markdig retries every suffix from 1 for each repeat, so
/// one file of 40,000 "## a" took minutes; a counter per base id resumes where the last search
/// stopped, which gives the same ids in linear time (ids only ever join the set).
/// </summary>
public sealed class HeadingIds
{
    private readonly HashSet<string> used = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> next = new(StringComparer.Ordinal);
    private readonly StringWriter writer = new(CultureInfo.InvariantCulture);
    private readonly HtmlRenderer strip;

    public HeadingIds()
    {
        // The same plain rendering Markdig urilizes: link and emphasis text, no tags, no escaping.
        strip = new HtmlRenderer(writer) { EnableHtmlForInline = false, EnableHtmlEscape = false };
    }

    /// <summary>The id for the next heading in document order; null for a heading without inlines.</summary>
    public string? Assign(HeadingBlock heading)
    {
        if (heading.Inline is null) return null;
        strip.Render(heading.Inline);
        var text = writer.ToString();
        writer.GetStringBuilder().Clear();
        var baseId = LinkHelper.UrilizeAsGfm(text);
        if (baseId.Length == 0) baseId = "section";
        if (used.Add(baseId)) return baseId;

        var index = next.GetValueOrDefault(baseId, 1);
        string id;
        while (!used.Add(id = baseId + "-" + index.ToString(CultureInfo.InvariantCulture))) index++;
        next[baseId] = index + 1;
        return id;
    }
}
