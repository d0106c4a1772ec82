using System.Text;
using BackpainGuide.Model;

namespace BackpainGuide.Layout;

/// <summary>An embed page: content inside embed-layout.sbn, which has no site header, navigation or search.</summary>
public static class EmbedPageFile
{
    public static OutputFile Html(LayoutContext context, string url, string canonical, string title, string description,
        string readMore, HeaderRule headers, Func<string> content)
    {
        var urls = context.Urls;
        return new OutputFile(urls.FileOf(url), () =>
        {
            var html = context.Templates.Render("embed-layout", new EmbedLayoutView(context.View, title, description,
                urls.Absolute(canonical), context.EmbedAsset("frame.css")?.Url ?? "", context.EmbedAsset("frame.js")?.Url ?? "",
                SecurityPolicy.EmbedCsp, context.Credit, readMore, new RawHtml(content())));
            return Encoding.UTF8.GetBytes(html);
        }, Headers: headers);
    }
}
