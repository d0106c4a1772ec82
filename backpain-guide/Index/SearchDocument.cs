using BackpainGuide.Link;
using BackpainGuide.Render;

namespace BackpainGuide.Index;

/// <summary>What search knows of one question: the fields it ranks on, and what a result shows.</summary>
public sealed record SearchDocument(
    string Url,
    string Title,
    string Summary,
    IReadOnlyList<string> Tags,
    IReadOnlyList<string> Headings,
    string Text,
    bool IsRedFlag,
    bool IsUrgent = false)
{
    /// <summary>
    /// The site's urgent question is what an emergency sign leads to (an urgent synonym group);
    /// without one (the header then links to the red-flag tag), the red-flag questions are.
    /// </summary>
    public static IReadOnlyList<SearchDocument> From(SiteModel site, Urls urls) =>
        site.Questions.Select(q => new SearchDocument(
            urls.Question(q.Question.Slug),
            q.Question.Title.Value,
            q.Question.Summary.Value,
            q.Question.Tags.Select(t => t.Value).ToList(),
            q.Question.Body.Headings.Select(h => h.Text).ToList(),
            q.PlainText,
            q.IsRedFlag,
            site.UrgentQuestion is { } urgent ? q.Question.Slug == urgent.Slug : q.IsRedFlag)).ToList();
}
