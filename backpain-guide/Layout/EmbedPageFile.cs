using BackpainGuide.Model;

namespace BackpainGuide.Layout;

/// <summary>An embed page: content inside embed-layout.sbn, which has no site header, navigation or search.</summary>
public static class EmbedPageFile
{
    public static OutputFile Html(LayoutContext context, string url, string canonical, string title, string description,
        string readMore, HeaderRule headers, Func<ContentHtml> content)
    {
        var urls = context.Urls;
        return OutputFile.Streamed(urls.FileOf(url), output =>
        {
            context.Templates.RenderTo("embed-layout", new EmbedLayoutView(context.View, title, description,
                urls.Absolute(canonical), context.EmbedAsset("frame.css")?.Url ?? "", context.EmbedAsset("frame.js")?.Url ?? "",
                SecurityPolicy.EmbedCsp, context.Credit, readMore, content()), output);
        }, headers: headers);
    }
}
