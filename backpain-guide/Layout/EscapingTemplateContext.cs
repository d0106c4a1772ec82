using System.Net;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace BackpainGuide.Layout;

/// <summary>
/// A Scriban context that HTML-escapes every value a template writes, unless it is
/// <see cref="RawHtml"/>. Scriban escapes nothing by default; escaping here, at the one place
/// values reach the output, means a template cannot forget it.
/// </summary>
public sealed class EscapingTemplateContext : TemplateContext
{
    public EscapingTemplateContext()
    {
        // Scriban's defaults would cut strings over 1 MiB and stop loops after 1,000 items without
        // a word; a 10,000-question index needs neither limit.
        LimitToString = 0;
        LoopLimit = 0;
        StrictVariables = true;
    }

    // Outputs for partials, kept for the next: a new builder per call grew by doubling to the
    // partial's size, several KB of garbage for each page's urgent banner and share box.
    private readonly Stack<StringBuilderOutput> spareOutputs = new();

    /// <summary>An empty output for a partial (a partial inside a partial gets another); give it back with <see cref="ReturnOutput"/>.</summary>
    internal StringBuilderOutput RentOutput()
    {
        if (!spareOutputs.TryPop(out var output)) return new StringBuilderOutput();
        output.Builder.Clear();
        return output;
    }

    internal void ReturnOutput(StringBuilderOutput output) => spareOutputs.Push(output);

    /// <summary>The templates <c>partial</c> includes from: those of the page being rendered.</summary>
    internal IReadOnlyDictionary<string, Template>? Templates { get; set; }

    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        if (textAsObject is RawHtml raw) return base.Write(span, raw.Html);
        if (textAsObject is IMarkup markup)
        {
            // Into the page's builder as it is; any other output gets it as a string.
            if (Output is StringBuilderOutput into)
            {
                markup.AppendTo(into.Builder);
                return this;
            }
            return base.Write(span, markup.ToString());
        }
        if (textAsObject is null) return this;
        var text = textAsObject as string ?? ObjectToString(textAsObject);
        return base.Write(span, WebUtility.HtmlEncode(text));
    }
}
