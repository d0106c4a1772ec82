using BackpainGuide.Model;

namespace BackpainGuide.Link;

/// <summary>A question with everything its page shows, resolved.</summary>
public sealed record QuestionPage(
    Question Question,
    string BodyHtml,
    string PlainText,
    IReadOnlyList<TagDefinition> Tags,
    IReadOnlyList<Question> Related,
    IReadOnlyList<Question> Backlinks)
{
    public bool IsRedFlag => Question.Tags.Any(t => t.Value == SiteModel.RedFlagTag);
}

public sealed record TagPage(TagDefinition Tag, IReadOnlyList<Question> Questions);

public sealed record ContentPage(PlainPage Page, string BodyHtml);

/// <summary>The whole site, cross-linked and in a stable order: the input of indexing and layout.</summary>
public sealed record SiteModel(
    SiteSettings Site,
    IReadOnlyList<QuestionPage> Questions,
    IReadOnlyList<TagPage> Tags,
    IReadOnlyList<ContentPage> Pages,
    Question? UrgentQuestion,
    IReadOnlyList<SynonymGroup> Synonyms)
{
    public const string RedFlagTag = "red-flag";
}
