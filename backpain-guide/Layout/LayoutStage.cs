using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using BackpainGuide.Link;
using BackpainGuide.Load;
using BackpainGuide.Model;
using BackpainGuide.Render;

namespace BackpainGuide.Layout;

/// <summary>
/// Puts the site model into the theme's templates: one <see cref="OutputFile"/> per page, plus
/// assets, sitemap.xml, robots.txt and _headers. Pages render when the writer asks for them.
/// </summary>
public sealed class LayoutStage(TemplateSet templates, IReadOnlyList<ThemeAsset> themeAssets)
{
    public IReadOnlyList<OutputFile> Files(SiteModel site, Urls urls)
    {
        var files = new List<OutputFile>();
        var assets = Assets(urls, files);
        var view = SiteView(site, urls, assets);

        files.Add(Html(urls.Home, site.Site.Title, site.Site.Description, "website", "home", JsonLd.ForHome(site, urls), view,
            () => templates.Render("home", new HomeView(view,
                site.Tags.Select(t => new TagGroupView(Tag(t.Tag, urls), t.Questions.Select(q => Summary(q, view, urls)).ToList())).ToList(),
                site.Questions.Count)), site, urls));

        foreach (var page in site.Questions)
        {
            var q = page.Question;
            var url = urls.Question(q.Slug);
            files.Add(Html(url, q.Title.Value, q.Summary.Value, "article", page.IsRedFlag ? "question red-flag" : "question",
                null, view, () => templates.Render("question", QuestionView(page, site, urls, view)), site, urls, page));
        }

        foreach (var tag in site.Tags)
        {
            var url = urls.Tag(tag.Tag.Name);
            files.Add(Html(url, tag.Tag.Title, tag.Tag.Description, "website", "tag", null, view,
                () => templates.Render("tag", new TagPageView(view, Tag(tag.Tag, urls),
                    tag.Questions.Select(q => Summary(q, view, urls)).ToList(), tag.Tag.Name == SiteModel.RedFlagTag)), site, urls));
        }

        foreach (var page in site.Pages)
        {
            var p = page.Page;
            files.Add(Html(urls.Page(p.Slug), p.Title.Value, p.Summary.Value, "website", "page", null, view,
                () => templates.Render("page", new PageView(view, p.Title.Value, new RawHtml(page.BodyHtml))), site, urls));
        }

        files.Add(Html(urls.Search, "Search", "Search the guide's questions and answers.", "website", "search", null, view,
            () => templates.Render("search", new SearchPageView(view, urls.BasePath + "search/index/")), site, urls));

        var notFound = Html(urls.BasePath + "404.html", "Page not found", "This page does not exist.", "website", "not-found", null, view,
            () => templates.Render("404", new NotFoundView(view)), site, urls);
        files.Add(notFound);

        var sitemapPages = new List<(string, string?)> { (urls.Absolute(urls.Home), null) };
        sitemapPages.AddRange(site.Questions.Select(q => (urls.Absolute(urls.Question(q.Question.Slug)),
            (string?)q.Question.Reviewed.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))));
        sitemapPages.AddRange(site.Tags.Select(t => (urls.Absolute(urls.Tag(t.Tag.Name)), (string?)null)));
        sitemapPages.AddRange(site.Pages.Select(p => (urls.Absolute(urls.Page(p.Page.Slug)), (string?)null)));
        files.Add(new OutputFile("sitemap.xml", () => SiteFiles.Sitemap(sitemapPages)));
        files.Add(new OutputFile("robots.txt", () => SiteFiles.Robots(site, urls)));
        files.Add(new OutputFile("_headers", () => Encoding.UTF8.GetBytes(SecurityPolicy.HeadersFile(urls.BasePath))));
        return files;
    }

    private OutputFile Html(string url, string title, string description, string ogType, string bodyClass, RawHtml? jsonLd,
        SiteView view, Func<string> content, SiteModel site, Urls urls, QuestionPage? question = null)
    {
        var path = urls.FileOf(url);
        return new OutputFile(path, () =>
        {
            var ld = jsonLd ?? (question is not null
                ? JsonLd.ForQuestion(question, site, urls)
                : JsonLd.ForWebPage(title, description, urls.Absolute(url), site.Site.Language));
            var fullTitle = bodyClass == "home" ? title : $"{title} | {site.Site.Title}";
            var html = templates.Render("layout", new LayoutView(view, title, fullTitle, description, urls.Absolute(url), ogType,
                bodyClass, ld, new RawHtml(content()), SecurityPolicy.Csp));
            return Encoding.UTF8.GetBytes(html);
        });
    }

    private static QuestionView QuestionView(QuestionPage page, SiteModel site, Urls urls, SiteView view)
    {
        var q = page.Question;
        var edit = site.Site.Repository is { } repo
            ? $"{repo}/edit/{site.Site.Branch}/input/questions/{q.Slug}.md"
            : null;
        return new QuestionView(view, q.Title.Value, q.Summary.Value, new RawHtml(page.BodyHtml), page.IsRedFlag,
            page.Tags.Select(t => Tag(t, urls)).ToList(),
            q.Sources.Select(s => new SourceView(s.Title, s.Publisher, s.Year?.ToString(CultureInfo.InvariantCulture), s.Url.Value)).ToList(),
            q.Reviewed.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            q.Reviewed.Value.ToString("d MMMM yyyy", CultureInfo.InvariantCulture),
            page.Related.Select(r => Summary(r, view, urls)).ToList(),
            page.Backlinks.Select(r => Summary(r, view, urls)).ToList(),
            edit);
    }

    /// <summary>A question as listed on other pages; its tags are the site's own tag views, made once.</summary>
    private static QuestionSummaryView Summary(Question q, SiteView view, Urls urls)
    {
        var tags = q.Tags.Select(t => view.Tags.First(x => x.Name == t.Value)).ToList();
        return new QuestionSummaryView(q.Title.Value, urls.Question(q.Slug), q.Summary.Value, tags,
            q.Tags.Any(t => t.Value == SiteModel.RedFlagTag));
    }

    private static TagView Tag(TagDefinition t, Urls urls) => new(t.Name, t.Title, t.Description, urls.Tag(t.Name));

    private static SiteView SiteView(SiteModel site, Urls urls, IReadOnlyDictionary<string, string> assets)
    {
        var urgentUrl = site.UrgentQuestion is { } u ? urls.Question(u.Slug) : urls.Tag(SiteModel.RedFlagTag);
        var urgentTitle = site.UrgentQuestion?.Title.Value ?? "When back pain needs a doctor";
        return new SiteView(site.Site.Title, site.Site.Description, site.Site.Language, site.Site.Disclaimer,
            urls.Home, urls.Search, urgentUrl, urgentTitle,
            assets.GetValueOrDefault("site.css", ""), assets.GetValueOrDefault("search.js", ""),
            site.Tags.Select(t => Tag(t.Tag, urls)).ToList(),
            site.Pages.Select(p => new LinkView(p.Page.Title.Value, urls.Page(p.Page.Slug))).ToList());
    }

    /// <summary>Publishes theme/assets/* and returns each file's URL with a content hash, so caches refresh on change.</summary>
    private Dictionary<string, string> Assets(Urls urls, List<OutputFile> files)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var asset in themeAssets)
        {
            var bytes = asset.Bytes;
            var hash = Convert.ToHexStringLower(SHA256.HashData(bytes))[..10];
            result[asset.Name] = urls.Asset(asset.Name) + "?v=" + hash;
            files.Add(new OutputFile("assets/" + asset.Name, () => bytes));
        }
        return result;
    }
}
