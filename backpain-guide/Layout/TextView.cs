using System.Net;
using System.Text;
using BackpainGuide.Model;
using Scriban.Runtime;

namespace BackpainGuide.Layout;

/// <summary>
/// site.yml's texts as templates read them (<c>site.text.skip_link</c>): plain texts as strings,
/// which the escaping context escapes as it writes them, and rich texts as markup made here,
/// escaped first, with <c>**bold**</c> as &lt;strong&gt;.
/// </summary>
public static class TextView
{
    public static ScriptObject Of(SiteText text)
    {
        var result = new ScriptObject();
        foreach (var key in TextKeys.All)
        {
            var value = text[key.Name];
            result.SetValue(key.Name, key.Kind == TextKeys.Kind.Rich ? new RawHtml(Rich(value)) : value, readOnly: true);
        }
        return result;
    }

    /// <summary>The value escaped, each <c>**pair**</c> of markers a &lt;strong&gt; (the loader refuses an odd count).</summary>
    public static string Rich(string value)
    {
        var parts = value.Split("**");
        var sb = new StringBuilder();
        for (var i = 0; i < parts.Length; i++)
        {
            if (i > 0) sb.Append(i % 2 == 1 ? "<strong>" : "</strong>");
            sb.Append(WebUtility.HtmlEncode(parts[i]));
        }
        if (parts.Length % 2 == 0) sb.Append("</strong>");
        return sb.ToString();
    }
}
