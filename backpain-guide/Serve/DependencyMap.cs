using BackpainGuide.Layout;
using BackpainGuide.Link;
using BackpainGuide.Load;
using BackpainGuide.Model;

namespace BackpainGuide.Serve;

/// <summary>
/// What depends on what, for the question outputs of the preview. A question's outputs (its
/// page, embed page, oEmbed and API documents: the <see cref="IQuestionOutputs"/> units) are made
/// from its <see cref="QuestionPage"/> and the site-wide view alone; a page shows the question,
/// the cards of its related questions and of its backlinks. So when a question changes, the pages
/// to lay out again are its own, those that list it as related and those it is a backlink of;
/// when its links change, also the pages it starts or stops being a backlink of. Every other
/// output (listings, the sitemap, the search index, anything added later) is not tracked here:
/// the preview remakes those whole and keeps them only if their bytes are unchanged.
/// </summary>
public sealed class DependencyMap
{
    /// <summary>Slug to the slugs of the questions it points readers to (related, or linked from its body): it is their backlink.</summary>
    private readonly Dictionary<string, HashSet<string>> targets = new(StringComparer.Ordinal);

    /// <summary>Slug to the slugs of the questions whose pages list it as a backlink (the reverse of <see cref="targets"/>).</summary>
    private readonly Dictionary<string, HashSet<string>> backlinks = new(StringComparer.Ordinal);

    /// <summary>Slug to the slugs of the questions that list it as related.</summary>
    private readonly Dictionary<string, HashSet<string>> relatedBy = new(StringComparer.Ordinal);

    /// <summary>Slug to the paths of its question outputs.</summary>
    private readonly Dictionary<string, IReadOnlyList<string>> outputs = new(StringComparer.Ordinal);

    private readonly HashSet<string> questionOutputs = new(StringComparer.Ordinal);

    private DependencyMap()
    {
    }

    /// <summary>The map of a linked site, as its full build planned it.</summary>
    public static DependencyMap Of(Content content, LayoutContext context)
    {
        var map = new DependencyMap();
        foreach (var q in content.Questions)
        {
            map.backlinks[q.Slug] = new HashSet<string>(StringComparer.Ordinal);
            map.relatedBy[q.Slug] = new HashSet<string>(StringComparer.Ordinal);
        }
        foreach (var q in content.Questions) map.Point(q, content.Links);
        foreach (var page in context.Site.Questions)
        {
            var paths = OutputPlan.PlanFor(context, page).Select(f => f.Path).ToList();
            map.outputs[page.Question.Slug] = paths;
            map.questionOutputs.UnionWith(paths);
        }
        return map;
    }

    /// <summary>True for an output made from one question's page (see <see cref="IQuestionOutputs"/>).</summary>
    public bool IsQuestionOutput(string path) => questionOutputs.Contains(path);

    /// <summary>The paths of a question's outputs.</summary>
    public IReadOnlyList<string> OutputsOf(string slug) => outputs.TryGetValue(slug, out var paths) ? paths : [];

    /// <summary>The slugs of the questions that list <paramref name="slug"/> as a backlink, sorted.</summary>
    public IReadOnlyCollection<string> BacklinksOf(string slug) => backlinks.TryGetValue(slug, out var set) ? set : [];

    /// <summary>
    /// Records that <paramref name="edited"/> replaced the question of the same slug and returns
    /// the slugs of every question page that shows it, before or after: its own, those listing it
    /// as related (before or after), and those it was or is a backlink of.
    /// </summary>
    public IReadOnlySet<string> Replace(Question before, Question edited, LinkResolver links)
    {
        var affected = new HashSet<string>(StringComparer.Ordinal) { edited.Slug };
        affected.UnionWith(relatedBy[edited.Slug]);
        affected.UnionWith(targets[edited.Slug]);
        Unpoint(before);
        Point(edited, links);
        affected.UnionWith(targets[edited.Slug]);
        return affected;
    }

    private void Point(Question q, LinkResolver links)
    {
        var to = SiteLinker.Targets(q, links).Where(backlinks.ContainsKey).ToHashSet(StringComparer.Ordinal);
        targets[q.Slug] = to;
        foreach (var target in to) backlinks[target].Add(q.Slug);
        foreach (var related in q.Related)
        {
            if (relatedBy.TryGetValue(related.Value, out var set)) set.Add(q.Slug);
        }
    }

    private void Unpoint(Question q)
    {
        foreach (var target in targets[q.Slug]) backlinks[target].Remove(q.Slug);
        foreach (var related in q.Related)
        {
            if (relatedBy.TryGetValue(related.Value, out var set)) set.Remove(q.Slug);
        }
        // A slug listed twice is an error, so no other entry of q still needs it.
    }
}
