using BackpainGuide.Diagnostics;
using BackpainGuide.Layout;
using BackpainGuide.Link;
using BackpainGuide.Load;
using BackpainGuide.Model;
using BackpainGuide.Validate;

namespace BackpainGuide.Serve;

/// <summary>
/// The last good build of the preview, kept so that an edited question can be applied to it
/// (<see cref="QuestionEdits"/>): the rendered content, the linked site, what the outputs were
/// planned from, the diagnostics by file, and the lookups the cross-file rules need. Made
/// afresh by every full rebuild; an edit replaces its parts.
/// </summary>
public sealed class SiteState
{
    private SiteState(Content content, LayoutContext context, IReadOnlyList<Diagnostic> diagnostics, DependencyMap dependencies)
    {
        Content = content;
        Context = context;
        Dependencies = dependencies;
        BySlug = content.Questions.ToDictionary(q => q.Slug, StringComparer.Ordinal);
        PageBySlug = content.Pages.ToDictionary(p => p.Slug, StringComparer.Ordinal);
        TagNames = content.Tags.Select(t => t.Name).ToHashSet(StringComparer.Ordinal);
        TagsByName = content.Tags.ToDictionary(t => t.Name, StringComparer.Ordinal);
        PathIndex = Index(content.Questions.Select(q => q.Slug));
        TitleIndex = Index(context.Site.Questions.Select(p => p.Question.Slug));
        foreach (var group in diagnostics.GroupBy(d => d.Path, StringComparer.Ordinal)) DiagnosticsByFile[group.Key] = group.ToList();
        foreach (var q in content.Questions)
        {
            var to = ContentValidator.PointsTo(q, content.Links);
            PointsTo[q.Slug] = to;
            foreach (var target in to) PointedAt[target] = PointedAt.GetValueOrDefault(target) + 1;
        }
        foreach (var p in content.Pages) LinkedFromPages.UnionWith(ContentValidator.LinkedQuestions(p.Body, content.Links));
    }

    public Content Content { get; set; }

    /// <summary>The layout context; its <see cref="LayoutContext.Site"/> is the linked site.</summary>
    public LayoutContext Context { get; set; }

    public DependencyMap Dependencies { get; }

    public Dictionary<string, Question> BySlug { get; }

    public Dictionary<string, PlainPage> PageBySlug { get; }

    public HashSet<string> TagNames { get; }

    public Dictionary<string, TagDefinition> TagsByName { get; }

    /// <summary>Slug to the question's place in <see cref="Content"/> (file order).</summary>
    public Dictionary<string, int> PathIndex { get; }

    /// <summary>Slug to the question's place in the site's title order.</summary>
    public Dictionary<string, int> TitleIndex { get; }

    /// <summary>File to its diagnostics, in print order (each file's part of the build's sorted, capped list).</summary>
    public SortedDictionary<string, IReadOnlyList<Diagnostic>> DiagnosticsByFile { get; } = new(StringComparer.Ordinal);

    /// <summary>Slug to the slugs it points readers to, as the orphan rule counts them (<see cref="ContentValidator.PointsTo"/>).</summary>
    public Dictionary<string, IReadOnlySet<string>> PointsTo { get; } = new(StringComparer.Ordinal);

    /// <summary>Slug to how many questions point readers to it.</summary>
    public Dictionary<string, int> PointedAt { get; } = new(StringComparer.Ordinal);

    /// <summary>The questions that a plain page links to.</summary>
    public HashSet<string> LinkedFromPages { get; } = new(StringComparer.Ordinal);

    public SiteModel Site => Context.Site;

    /// <summary>Every diagnostic in print order.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics => DiagnosticsByFile.Values.SelectMany(d => d).ToList();

    /// <summary>The state of a good full build; null when it planned nothing.</summary>
    public static SiteState? Of(Build.SitePlan plan) =>
        plan is { Succeeded: true, Content: { } content, Context: { } context }
            ? new SiteState(content, context, plan.Diagnostics, DependencyMap.Of(content, context))
            : null;

    private static Dictionary<string, int> Index(IEnumerable<string> slugs)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var slug in slugs) index[slug] = index.Count;
        return index;
    }
}
