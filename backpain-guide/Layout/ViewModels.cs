namespace BackpainGuide.Layout;

// The shapes templates see. Scriban names members in snake_case: BodyHtml is body_html.
// Strings are escaped when written; RawHtml members are markup the generator made.

public sealed record LinkView(string Title, string Url);

public sealed record TagView(string Name, string Title, string Description, string Url);

public sealed record QuestionSummaryView(string Title, string Url, string Summary, IReadOnlyList<TagView> Tags, bool IsRedFlag);

public sealed record SourceView(string Title, string? Publisher, string? Year, string Url);

public sealed record SiteView(
    string Title,
    string Description,
    string Language,
    string Disclaimer,
    string HomeUrl,
    string SearchUrl,
    string UrgentUrl,
    string UrgentTitle,
    string CssUrl,
    string JsUrl,
    IReadOnlyList<TagView> Tags,
    IReadOnlyList<LinkView> Pages)
{
    /// <summary>The copy button's and the embed picker's script, loaded only by pages that have them.</summary>
    public string ShareJsUrl { get; init; } = "";

    public string EmbedExplainerUrl { get; init; } = "";

    /// <summary>The colour-theme script: applies a stored light or dark choice before the first paint, and runs the toggle.</summary>
    public string ThemeJsUrl { get; init; } = "";

    public string ManifestUrl { get; init; } = "";

    public Icons Icons { get; init; } = new(null, null, null, []);

    /// <summary>site.yml's texts (<see cref="TextView"/>): <c>site.text.skip_link</c>.</summary>
    public Scriban.Runtime.ScriptObject Text { get; init; } = TextView.Of(Model.SiteText.Defaults);
}

/// <summary>What every page passes to layout.sbn.</summary>
public sealed record LayoutView(
    SiteView Site,
    string Title,
    string FullTitle,
    string Description,
    string CanonicalUrl,
    string OgType,
    string BodyClass,
    IMarkup JsonLd,
    ContentHtml Content,
    string ContentSecurityPolicy)
{
    /// <summary>The page's oEmbed document (absolute), for discovery; none on pages that have no embed.</summary>
    public string? OembedUrl { get; init; }

    public bool HasShare { get; init; }

    /// <summary>The trail from the home page to this one, the last being this page; empty on the home page.</summary>
    public IReadOnlyList<LinkView> Breadcrumbs { get; init; } = [];
    /// <summary>The neighbours of a page of a list cut into pages, for rel=prev/next; none otherwise.</summary>
    public string? PrevUrl { get; init; }

    public string? NextUrl { get; init; }
}

public sealed record QuestionView(
    SiteView Site,
    string Title,
    string Summary,
    RawHtml Body,
    bool IsRedFlag,
    IReadOnlyList<TagView> Tags,
    IReadOnlyList<SourceView> Sources,
    string ReviewedIso,
    string ReviewedText,
    IReadOnlyList<QuestionSummaryView> Related,
    IReadOnlyList<QuestionSummaryView> Backlinks,
    string? EditUrl,
    string? NextReviewIso = null,
    string? NextReviewText = null)
{
    public ShareView? Share { get; init; }

    /// <summary>The answer's sections (its level-2 headings) for the "On this page" list; shown from three on.</summary>
    public IReadOnlyList<LinkView> Sections { get; init; } = [];
}

/// <summary>
/// A topic's questions on the FAQ index (on one page of it, when the index is cut into pages):
/// <see cref="Total"/> counts the whole topic, <see cref="Anchor"/> is where its list starts, and
/// <see cref="Continued"/> marks a topic begun on an earlier page.
/// </summary>
public sealed record TagGroupView(TagView Tag, IReadOnlyList<QuestionSummaryView> Questions)
{
    public int Total { get; init; } = Questions.Count;

    public string Anchor { get; init; } = "#topic-" + Tag.Name;

    public bool Continued { get; init; }
}

/// <summary>The FAQ index: <see cref="Toc"/> lists every topic, <see cref="HomeView.Groups"/> those on this page.</summary>
public sealed record HomeView(SiteView Site, IReadOnlyList<TagGroupView> Groups, int QuestionCount)
{
    public IReadOnlyList<TagGroupView> Toc { get; init; } = Groups;

    public PagerView? Pager { get; init; }

    /// <summary>The "where does it hurt?" figure, on the first page only; none when the guide has no regions.yml.</summary>
    public BodyMapView? Map { get; init; }
}

/// <summary>The body map: an SVG figure whose shapes are links, and the same links as a list.</summary>
public sealed record BodyMapView(string Title, string? Intro, string ViewBox, string? Outline, string? LeftLabel, string? RightLabel,
    IReadOnlyList<RegionView> Regions);

public sealed record RegionView(string Name, string Title, string Description, string Url, int Count, IReadOnlyList<ShapeView> Shapes);

public sealed record ShapeView(string Label, string Path);

public sealed record RegionPageView(SiteView Site, RegionView Region, IReadOnlyList<QuestionSummaryView> Questions, string MapUrl);

public sealed record TagPageView(SiteView Site, TagView Tag, IReadOnlyList<QuestionSummaryView> Questions, bool IsRedFlag)
{
    public ShareView? Share { get; init; }

    /// <summary>The topic's number of questions, on every page of it.</summary>
    public int Total { get; init; } = Questions.Count;

    public PagerView? Pager { get; init; }
}

/// <summary>The "Share or embed" box: the page's address and the snippet a host pastes.</summary>
public sealed record ShareView(string CanonicalUrl, string Snippet, string ExplainerUrl, string What);

/// <summary>Who wrote the answers and on what terms: the line under every embed.</summary>
public sealed record CreditView(string GuideTitle, string GuideUrl, string Credit, bool CreditIsTitle, string? Licence, string? LicenceUrl);

/// <summary>What embed-layout.sbn needs: an embed page has no site header, navigation or search.</summary>
public sealed record EmbedLayoutView(
    SiteView Site,
    string Title,
    string Description,
    string CanonicalUrl,
    string CssUrl,
    string FrameJsUrl,
    string ContentSecurityPolicy,
    CreditView Credit,
    string ReadMoreText,
    ContentHtml Content);

/// <summary>A question inside a tag embed, expandable to its answer.</summary>
public sealed record EmbedAnswerView(
    string Title,
    string Summary,
    string Url,
    ScopedHtml Body,
    IReadOnlyList<SourceView> Sources,
    string ReviewedIso,
    string ReviewedText,
    bool IsRedFlag);

public sealed record EmbedTagView(SiteView Site, TagView Tag, IReadOnlyList<EmbedAnswerView> Questions, bool HasRedFlag, string CanonicalUrl)
{
    public int Total { get; init; } = Questions.Count;

    public PagerView? Pager { get; init; }
}

/// <summary>One choice of the /embed/ picker.</summary>
public sealed record EmbedChoiceView(string Kind, string Name, string Title, string Snippet);

public sealed record EmbedIndexView(
    SiteView Site,
    IReadOnlyList<EmbedChoiceView> Questions,
    IReadOnlyList<EmbedChoiceView> Tags,
    string FirstSnippet,
    string EmbedJsUrl,
    string HashedEmbedJsUrl,
    string ApiUrl,
    string LlmsUrl)
{
    /// <summary>Every question of the guide; <see cref="Questions"/> may hold only the first of them.</summary>
    public int QuestionCount { get; init; } = Questions.Count;
}

public sealed record PageView(SiteView Site, string Title, RawHtml Body);

public sealed record SearchPageView(SiteView Site, string IndexUrl);

public sealed record NotFoundView(SiteView Site);
