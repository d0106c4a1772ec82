using BackpainGuide.Load;
using BackpainGuide.Model;

namespace BackpainGuide.Link;

/// <summary>
/// Builds the <see cref="SiteModel"/>: tag lists, related questions and backlinks. Every list is
/// sorted by title, then slug, so the output never depends on file-system or thread order.
/// </summary>
public static class SiteLinker
{
    public static readonly IComparer<Question> ByTitle = Comparer<Question>.Create((a, b) =>
    {
        var c = string.Compare(a.Title.Value, b.Title.Value, StringComparison.OrdinalIgnoreCase);
        return c != 0 ? c : string.CompareOrdinal(a.Slug, b.Slug);
    });

    public static SiteModel Link(Content content, IReadOnlyDictionary<string, string> bodyHtml,
        IReadOnlyDictionary<string, string> plainText, IReadOnlyDictionary<string, IReadOnlyList<string>> bodyLinks)
    {
        // Rendering is done: from here on, questions travel without their Markdown trees.
        var questionsLight = content.Questions.Select(q => q with { Body = q.Body.Rendered(bodyHtml[q.Slug], plainText[q.Slug]) }).ToList();
        var bySlug = questionsLight.ToDictionary(q => q.Slug, StringComparer.Ordinal);
        var tagsByName = content.Tags.ToDictionary(t => t.Name, StringComparer.Ordinal);

        // Backlinks: questions whose body links here or that list this one as related.
        var backlinks = content.Questions.ToDictionary(q => q.Slug, _ => new HashSet<string>(StringComparer.Ordinal), StringComparer.Ordinal);
        foreach (var q in content.Questions)
        {
            var targets = q.Related.Select(r => r.Value).Concat(bodyLinks.TryGetValue(q.Slug, out var l) ? l : []);
            foreach (var target in targets)
            {
                if (target != q.Slug && backlinks.TryGetValue(target, out var set)) set.Add(q.Slug);
            }
        }

        var questions = questionsLight.Order(ByTitle).Select(q => new QuestionPage(
            q,
            bodyHtml[q.Slug],
            plainText[q.Slug],
            q.Tags.Select(t => tagsByName[t.Value]).ToList(),
            q.Related.Select(r => bySlug[r.Value]).ToList(),
            backlinks[q.Slug].Select(s => bySlug[s]).Order(ByTitle).ToList())).ToList();

        var tags = content.Tags.Select(t => new TagPage(t,
            questionsLight.Where(q => q.Tags.Any(x => x.Value == t.Name)).Order(ByTitle).ToList())).ToList();

        var pages = content.Pages.Select(p => new ContentPage(p with { Body = p.Body.Rendered(bodyHtml["page:" + p.Slug], plainText["page:" + p.Slug]) },
            bodyHtml["page:" + p.Slug])).ToList();
        var urgent = content.Site.UrgentQuestion is { } u && bySlug.TryGetValue(u, out var uq) ? uq : null;
        return new SiteModel(content.Site, questions, tags, pages, urgent, content.Synonyms);
    }
}
