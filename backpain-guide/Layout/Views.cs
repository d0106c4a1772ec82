using System.Globalization;
using BackpainGuide.Link;
using BackpainGuide.Model;
using BackpainGuide.Render;

namespace BackpainGuide.Layout;

/// <summary>The view models pages share, made from the site model.</summary>
public static class Views
{
    public static SiteView Site(SiteModel site, Urls urls, IReadOnlyList<LinkedAsset> assets)
    {
        var urgentUrl = site.UrgentQuestion is { } u ? urls.Question(u.Slug) : urls.Tag(SiteModel.RedFlagTag);
        var urgentTitle = site.UrgentQuestion?.Title.Value ?? site.Site.Text["urgent_link"];
        string Asset(string name) => assets.FirstOrDefault(a => a.Name == name)?.Url ?? "";
        return new SiteView(site.Site.Title, site.Site.Description, site.Site.Language, site.Site.Disclaimer,
            urls.Home, urls.Search, urgentUrl, urgentTitle, Asset("site.css"), Asset("search.js"),
            site.Tags.Select(t => Tag(t.Tag, urls)).ToList(),
            site.Pages.Select(p => new LinkView(p.Page.Title.Value, urls.Page(p.Page.Slug))).ToList())
        {
            ShareJsUrl = Asset("share.js"),
            EmbedExplainerUrl = urls.EmbedExplainer(),
            ThemeJsUrl = Asset("theme.js"),
            ManifestUrl = urls.BasePath + Units.ManifestUnit.FileName,
            Icons = Icons.Of(assets),
            Text = TextView.Of(site.Site.Text),
        };
    }

    public static QuestionView Question(QuestionPage page, SiteModel site, Urls urls, SiteView view)
    {
        var q = page.Question;
        var edit = site.Site.Repository is { } repo
            ? $"{repo}/edit/{site.Site.Branch}/input/questions/{q.Slug}.md"
            : null;
        return new QuestionView(view, q.Title.Value, q.Summary.Value, new RawHtml(page.BodyHtml), page.IsRedFlag,
            page.Tags.Select(t => Tag(t, urls)).ToList(),
            Sources(q),
            Iso(q.Reviewed.Value),
            ReviewedText(q.Reviewed.Value),
            page.Related.Select(r => Summary(r, view, urls)).ToList(),
            page.Backlinks.Select(r => Summary(r, view, urls)).ToList(),
            edit,
            q.NextReview is { } next ? Iso(next.Value) : null,
            q.NextReview is { } due ? ReviewedText(due.Value) : null)
        {
            Sections = Sections(q.Body),
        };
    }

    /// <summary>An answer's level-2 headings as in-page links (the body has no level 1), when it has enough of them to need a list.</summary>
    public static IReadOnlyList<LinkView> Sections(MarkdownBody body)
    {
        var sections = body.Headings.Where(h => h.Level == 2).Select(h => new LinkView(h.Text, "#" + h.Id)).ToList();
        return sections.Count >= MinSectionsForContents ? sections : [];
    }

    public const int MinSectionsForContents = 3;

    public static IReadOnlyList<SourceView> Sources(Question q) =>
        q.Sources.Select(s => new SourceView(s.Title, s.Publisher, s.Year?.ToString(CultureInfo.InvariantCulture), s.Url.Value)).ToList();

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string ReviewedText(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>A question as listed on other pages; its tags are the site's own tag views, made once.</summary>
    public static QuestionSummaryView Summary(Question q, SiteView view, Urls urls)
    {
        // Plain loops: a summary is made for every listing of every question (home, tag and
        // region pages, related lists), and the lambdas' closures were most of its cost.
        var tags = new List<TagView>(q.Tags.Count);
        var isRedFlag = false;
        foreach (var tag in q.Tags)
        {
            tags.Add(TagNamed(view.Tags, tag.Value));
            isRedFlag |= tag.Value == SiteModel.RedFlagTag;
        }
        return new QuestionSummaryView(q.Title.Value, urls.Question(q.Slug), q.Summary.Value, tags, isRedFlag);
    }

    private static TagView TagNamed(IReadOnlyList<TagView> tags, string name)
    {
        foreach (var tag in tags)
        {
            if (tag.Name == name) return tag;
        }
        throw new InvalidOperationException($"no tag '{name}' in the site view");
    }

    public static BodyMapView? Map(SiteModel site, Urls urls) => site.Map is not { } map ? null
        : new BodyMapView(map.Title, map.Intro, map.ViewBox, map.Outline, map.LeftLabel, map.RightLabel,
            site.Regions.Select(r => Region(r, urls)).ToList());

    public static RegionView Region(RegionPage page, Urls urls) => new(page.Region.Name, page.Region.Title, page.Region.Description,
        urls.Region(page.Region.Name), page.Questions.Count, page.Region.Shapes.Select(s => new ShapeView(s.Label, s.Path)).ToList());

    /// <summary>The title of page <paramref name="number"/> of a list cut into pages, from site.yml's <c>page_title</c>.</summary>
    public static string PageTitle(Model.SiteSettings site, string title, int number, int count) => number == 1 ? title
        : site.Text["page_title"].Replace("{title}", title, StringComparison.Ordinal)
            .Replace("{number}", number.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{count}", count.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);

    public static TagView Tag(TagDefinition t, Urls urls) => new(t.Name, t.Title, t.Description, urls.Tag(t.Name));
}
