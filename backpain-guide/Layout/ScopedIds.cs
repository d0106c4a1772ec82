using System.Text;

namespace BackpainGuide.Layout;

/// <summary>
/// A tag embed holds several answers in one document: their heading ids (and the links to them)
/// get the question's slug in front, so no two answers share an id. The HTML is the renderer's
/// own, where an id or a same-page link is always written exactly so and text never contains a
/// raw quote. Each <c> id="x"</c> and <c> href="#x"</c> whose value is closed by a quote becomes
/// <c>prefix--x</c>, as the regular expression <c>( id="| href="#)([^"]*)"</c> would replace it.
/// </summary>
public static class ScopedIds
{
    private const string Id = " id=\"", Link = " href=\"#";

    public static string Scope(string html, string prefix)
    {
        var builder = new StringBuilder(html.Length + 64);
        Append(builder, html, prefix);
        return builder.ToString();
    }

    /// <summary>
    /// Appends <paramref name="html"/> scoped to <paramref name="builder"/>: a tag embed page writes
    /// 40 answers of about 10 KB each, which were each copied into a new string first.
    /// </summary>
    public static void Append(StringBuilder builder, string html, string prefix)
    {
        var done = 0;
        var (id, link) = (html.IndexOf(Id, StringComparison.Ordinal), html.IndexOf(Link, StringComparison.Ordinal));
        while (id >= 0 || link >= 0)
        {
            var at = link < 0 || (id >= 0 && id < link) ? id : link;
            var value = at + (at == id ? Id.Length : Link.Length);
            var end = html.IndexOf('"', value);
            // No closing quote anywhere after: nothing further can match.
            if (end < 0) break;
            builder.Append(html, done, value - done).Append(prefix).Append("--");
            done = value;
            // The next match starts after this one's closing quote.
            if (id >= 0 && id <= end) id = html.IndexOf(Id, end + 1, StringComparison.Ordinal);
            if (link >= 0 && link <= end) link = html.IndexOf(Link, end + 1, StringComparison.Ordinal);
        }
        builder.Append(html, done, html.Length - done);
    }
}

/// <summary>An answer's HTML with its ids scoped (<see cref="ScopedIds"/>), written straight into the page rather than copied first.</summary>
public sealed record ScopedHtml(string Html, string Prefix) : IMarkup
{
    public void AppendTo(StringBuilder builder) => ScopedIds.Append(builder, Html, Prefix);

    public override string ToString() => ScopedIds.Scope(Html, Prefix);
}
