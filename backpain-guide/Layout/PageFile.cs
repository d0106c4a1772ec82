using BackpainGuide.Link;
using BackpainGuide.Model;

namespace BackpainGuide.Layout;

/// <summary>A page of the site: its content template inside layout.sbn, rendered when the writer asks for it.</summary>
public static class PageFile
{
    /// <summary>What layout.sbn needs beyond the content: the head's title, description and Open Graph type, and the body class.</summary>
    public sealed record Head(string Url, string Title, string Description, string OgType, string BodyClass);

    /// <param name="jsonLd">The page's JSON-LD when it is not a question's or a plain web page's, made as the page is written (in parallel), not as it is planned.</param>
    public static OutputFile Html(LayoutContext context, Head head, Func<ContentHtml> content, QuestionPage? question = null,
        Func<IMarkup>? jsonLd = null, SitemapEntry? sitemap = null, string? oembedUrl = null, bool hasShare = false,
        IReadOnlyList<LinkView>? breadcrumbs = null, PagerView? pager = null)
    {
        var (site, urls) = (context.Site, context.Urls);
        return OutputFile.Streamed(urls.FileOf(head.Url), output =>
        {
            var ld = jsonLd?.Invoke() ?? (question is not null
                ? JsonLd.ForQuestion(question, site, urls, breadcrumbs)
                : JsonLd.ForWebPage(head.Title, head.Description, urls.Absolute(head.Url), site, urls, breadcrumbs));
            var fullTitle = head.BodyClass == "home" ? head.Title : $"{head.Title} | {site.Site.Title}";
            context.Templates.RenderTo("layout", new LayoutView(context.View, head.Title, fullTitle, head.Description,
                urls.Absolute(head.Url), head.OgType, head.BodyClass, ld, content(), SecurityPolicy.Csp)
            {
                OembedUrl = oembedUrl,
                HasShare = hasShare,
                Breadcrumbs = breadcrumbs ?? [],
                PrevUrl = pager?.PreviousUrl is { } prev ? urls.Absolute(prev) : null,
                NextUrl = pager?.NextUrl is { } next ? urls.Absolute(next) : null,
            }, output);
        }, sitemap);
    }
}
