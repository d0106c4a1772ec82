using System.Text;

namespace BackpainGuide.Layout;

/// <summary>
/// A content template's output, for its layout to write as <c>{{ content }}</c>: left in the
/// rendering thread's buffer rather than made into a string (a question page's content is 26 KB
/// of UTF-16, a topic's embed page 300 KB, past the large-object size). Written as it is, like
/// <see cref="RawHtml"/>, since the context escaped every value as the template wrote it. Valid
/// until the same thread renders the next content, which the layout, rendered straight after on
/// the same thread, never does.
/// </summary>
public sealed class ContentHtml(StringBuilder text) : IMarkup
{
    internal StringBuilder Text { get; } = text;

    /// <summary>Copied builder to builder, chunk by chunk.</summary>
    public void AppendTo(StringBuilder builder) => builder.Append(Text);

    public override string ToString() => Text.ToString();
}
