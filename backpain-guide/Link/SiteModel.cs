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
}
