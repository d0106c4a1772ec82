using BackpainGuide.Link;
using BackpainGuide.Model;

namespace BackpainGuide.Layout.Units;

/// <summary>A page per tag, listing its questions.</summary>
public sealed class TagPagesUnit : IOutputUnit
{
    public string Name => "tag pages";

    public IEnumerable<OutputFile> Plan(LayoutContext context)
    {
        var (urls, view) = (context.Urls, context.View);
        foreach (var tag in context.Site.Tags)
        {
            var url = urls.Tag(tag.Tag.Name);
            yield return PageFile.Html(context, new(url, tag.Tag.Title, tag.Tag.Description, "website", "tag"),
                () => context.Templates.Render("tag", new TagPageView(view, Views.Tag(tag.Tag, urls),
                    tag.Questions.Select(q => Views.Summary(q, view, urls)).ToList(), tag.Tag.Name == SiteModel.RedFlagTag)
                {
                    Share = new ShareView(urls.Absolute(url), EmbedSnippet.Tag(urls, tag.Tag.Name, tag.Tag.Title, tag.Tag.Description),
                        urls.EmbedExplainer(), context.Site.Site.Text["share_what_tag"]),
                }),
                sitemap: new SitemapEntry(urls.Absolute(url)),
                oembedUrl: urls.Absolute(urls.OembedTag(tag.Tag.Name)), hasShare: true,
                breadcrumbs: [new LinkView(tag.Tag.Title, url)]);
        }
    }
}
