using BackpainGuide.Model;

namespace BackpainGuide.Link;

/// <summary>A question with everything its page shows, resolved.</summary>
public sealed record QuestionPage(
    Question Question,
    IReadOnlyList<TagDefinition> Tags,
    IReadOnlyList<Question> Related,
    IReadOnlyList<Question> Backlinks)
{
    public bool IsRedFlag => Question.Tags.Any(t => t.Value == SiteModel.RedFlagTag);

    public string BodyHtml => Question.Body.Html ?? "";

    public string PlainText => Question.Body.PlainText ?? "";
}

public sealed record TagPage(TagDefinition Tag, IReadOnlyList<Question> Questions);

/// <summary>An area of the body map with the questions whose where: names it, red-flag questions first.</summary>
public sealed record RegionPage(Region Region, IReadOnlyList<Question> Questions);

public sealed record ContentPage(PlainPage Page)
{
    public string BodyHtml => Page.Body.Html ?? "";
}

/// <summary>The whole site, cross-linked and in a stable order: the input of indexing and layout.</summary>
public sealed record SiteModel(
    SiteSettings Site,
    IReadOnlyList<QuestionPage> Questions,
    IReadOnlyList<TagPage> Tags,
    IReadOnlyList<ContentPage> Pages,
    Question? UrgentQuestion,
    IReadOnlyList<SynonymGroup> Synonyms)
{
    public const string RedFlagTag = TagDefinition.RedFlag;

    /// <summary>The body map of regions.yml, when the guide has one.</summary>
    public BodyMap? Map { get; init; }

    /// <summary>A page per region of <see cref="Map"/>, in the file's order (the map's order, top to bottom).</summary>
    public IReadOnlyList<RegionPage> Regions { get; init; } = [];
}
