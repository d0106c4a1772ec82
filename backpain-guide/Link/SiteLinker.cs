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

    /// <summary>Links content whose bodies are rendered (see <see cref="Render.RenderStage"/>).</summary>
    public static SiteModel Link(Content content)
    {
        var bySlug = content.Questions.ToDictionary(q => q.Slug, StringComparer.Ordinal);
        var tagsByName = content.Tags.ToDictionary(t => t.Name, StringComparer.Ordinal);

        // Backlinks: questions whose body links here or that list this one as related.
        // Resolving each question's links, and then making its page, is work of its own: on every core.
        var targets = content.Questions.AsParallel().AsOrdered().Select(q => Targets(q, content.Links).ToList()).ToList();
        var backlinks = content.Questions.ToDictionary(q => q.Slug, _ => new HashSet<string>(StringComparer.Ordinal), StringComparer.Ordinal);
        for (var i = 0; i < targets.Count; i++)
        {
            foreach (var target in targets[i])
            {
                if (backlinks.TryGetValue(target, out var set)) set.Add(content.Questions[i].Slug);
            }
        }

        var byTitle = content.Questions.Order(ByTitle).ToList();
        var questions = byTitle.AsParallel().AsOrdered().Select(q => Page(q, tagsByName, bySlug, backlinks[q.Slug])).ToList();

        // One pass over the questions, already in title order, for every tag's list.
        var tagged = content.Tags.ToDictionary(t => t.Name, _ => new List<Question>(), StringComparer.Ordinal);
        foreach (var q in byTitle)
        {
            foreach (var name in q.Tags.Select(t => t.Value).Distinct(StringComparer.Ordinal))
            {
                if (tagged.TryGetValue(name, out var list)) list.Add(q);
            }
        }
        var tags = content.Tags.Select(t => new TagPage(t, tagged[t.Name])).ToList();

        var pages = content.Pages.Select(p => new ContentPage(p)).ToList();
        var urgent = content.Site.UrgentQuestion is { } u && bySlug.TryGetValue(u, out var uq) ? uq : null;
        // On a region page a reader is looking for what they feel: warning signs come first.
        var regions = (content.Map?.Regions ?? []).Select(r => new RegionPage(r,
            content.Questions.Where(q => q.Where.Any(w => w.Value == r.Name))
                .OrderBy(q => q.Tags.Any(t => t.Value == SiteModel.RedFlagTag) ? 0 : 1).ThenBy(q => q, ByTitle).ToList())).ToList();
        return new SiteModel(content.Site, questions, tags, pages, urgent, content.Synonyms) { Map = content.Map, Regions = regions };
    }

    /// <summary>A question's page: its tags, related questions and backlinks (the slugs of the questions pointing to it), resolved.</summary>
    public static QuestionPage Page(Question q, IReadOnlyDictionary<string, TagDefinition> tagsByName,
        IReadOnlyDictionary<string, Question> bySlug, IEnumerable<string> backlinks) => new(
        q,
        q.Tags.Select(t => tagsByName[t.Value]).ToList(),
        q.Related.Select(r => bySlug[r.Value]).ToList(),
        backlinks.Select(s => bySlug[s]).Order(ByTitle).ToList());

    /// <summary>The other questions a question points readers to (related, or linked from its body): it is their backlink.</summary>
    public static IEnumerable<string> Targets(Question q, LinkResolver links) =>
        q.Related.Select(r => r.Value).Concat(LinkedQuestions(q.Body, links)).Where(target => target != q.Slug);

    /// <summary>The questions a body links to, from the links the parser recorded.</summary>
    private static IEnumerable<string> LinkedQuestions(MarkdownBody body, LinkResolver links) =>
        body.Links
            .Where(link => !link.IsImage && !link.IsAutolink)
            .Select(link => links.Resolve(link.Url, false))
            .OfType<LinkTarget.Internal>()
            .Where(target => target.Kind == PageKind.Question)
            .Select(target => target.Slug);
}
