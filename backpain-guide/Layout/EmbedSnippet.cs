using System.Net;
using BackpainGuide.Render;

namespace BackpainGuide.Layout;

/// <summary>
/// The code a host pastes. The &lt;div&gt; already holds a plain quotation with a link, so a page
/// with scripts off still shows something useful; embed.js replaces it with the live frame.
/// Every value is HTML-escaped here, and the page that shows the snippet escapes it again.
/// </summary>
public static class EmbedSnippet
{
    public const string Sandbox = "allow-scripts allow-popups allow-popups-to-escape-sandbox";

    public static string Question(Urls urls, string slug, string title, string summary, string? theme = null) =>
        Host("question", slug, urls.Absolute(urls.Question(slug)), title, summary, urls, theme);

    public static string Tag(Urls urls, string name, string title, string description, string? theme = null) =>
        Host("tag", name, urls.Absolute(urls.Tag(name)), title, description, urls, theme);

    private static string Host(string kind, string name, string url, string title, string summary, Urls urls, string? theme)
    {
        var themeAttribute = theme is null ? "" : $" data-theme=\"{E(theme)}\"";
        return $"<div data-backpain-{kind}=\"{E(name)}\"{themeAttribute}>\n" +
            $"  <blockquote cite=\"{E(url)}\">\n" +
            $"    <p><a href=\"{E(url)}\">{E(title)}</a></p>\n" +
            $"    <p>{E(summary)}</p>\n" +
            "  </blockquote>\n" +
            "</div>\n" +
            $"<script src=\"{E(urls.Absolute(urls.EmbedScript()))}\" async></script>";
    }

    /// <summary>The oEmbed html: a fixed-height frame, for consumers that run no script of ours.</summary>
    public static string Frame(string embedUrl, string title, int width, int height) =>
        $"<iframe src=\"{E(embedUrl)}\" title=\"{E(title)}\" width=\"{width}\" height=\"{height}\" loading=\"lazy\" " +
        $"sandbox=\"{Sandbox}\" referrerpolicy=\"strict-origin-when-cross-origin\" frameborder=\"0\"></iframe>";

    private static string E(string value) => WebUtility.HtmlEncode(value);
}
