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
    IReadOnlyList<LinkView> Pages);

/// <summary>What every page passes to layout.sbn.</summary>
public sealed record LayoutView(
    SiteView Site,
    string Title,
    string FullTitle,
    string Description,
    string CanonicalUrl,
    string OgType,
    string BodyClass,
    RawHtml JsonLd,
    RawHtml Content,
    string ContentSecurityPolicy);

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
    string? NextReviewText = null);

public sealed record TagGroupView(TagView Tag, IReadOnlyList<QuestionSummaryView> Questions);

public sealed record HomeView(SiteView Site, IReadOnlyList<TagGroupView> Groups, int QuestionCount);

public sealed record TagPageView(SiteView Site, TagView Tag, IReadOnlyList<QuestionSummaryView> Questions, bool IsRedFlag);

public sealed record PageView(SiteView Site, string Title, RawHtml Body);

public sealed record SearchPageView(SiteView Site, string IndexUrl);

public sealed record NotFoundView(SiteView Site);
