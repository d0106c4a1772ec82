using System.Text.RegularExpressions;

namespace BackpainGuide.Layout;

/// <summary>
/// A tag embed holds several answers in one document: their heading ids (and the links to them)
/// get the question's slug in front, so no two answers share an id. The HTML is the renderer's
/// own, where an id or a same-page link is always written exactly so and text never contains a
/// raw quote.
/// </summary>
public static partial class ScopedIds
{
    public static string Scope(string html, string prefix) =>
        Attribute().Replace(html, m => m.Groups[1].Value + prefix + "--" + m.Groups[2].Value + "\"");

    [GeneratedRegex("( id=\"| href=\"#)([^\"]*)\"")]
    private static partial Regex Attribute();
}
