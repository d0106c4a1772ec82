using System.Diagnostics;
using BackpainGuide.Build;
using BackpainGuide.Diagnostics;
using BackpainGuide.Layout;
using BackpainGuide.Layout.Units;
using BackpainGuide.Load;
using BackpainGuide.Model;

namespace BackpainGuide.Serve;

/// <summary>What one rebuild of the preview did.</summary>
/// <param name="Changed">Output paths whose bytes changed, were added or were removed, sorted.</param>
public sealed record RebuildResult(IReadOnlyList<Diagnostic> Diagnostics, bool Succeeded, int Questions,
    IReadOnlyList<string> Changed, int Made, int Reused, TimeSpan PagesTime, TimeSpan TotalTime)
{
    /// <summary>Where the time went, stage by stage ("loading and rendering 12 ms, ...").</summary>
    public string Stages { get; init; } = "";
}

/// <summary>
/// The preview's build, kept between rebuilds. Every rebuild runs the whole pipeline in memory
/// on the current files (so a missed or odd watcher event cannot matter), reusing what cannot
/// have changed: each content file's load while its bytes and what it links to are the same
/// (<see cref="LoadCache"/>), and each page's bytes while its key is (<see cref="OutputKeys"/>).
/// The result is a new <see cref="Snapshot"/>, swapped in whole; the pages first, then the
/// search index, the slowest and least urgent part. A failed build keeps the last good snapshot.
/// </summary>
public sealed class BuildSession(BuildOptions options)
{
    private readonly LoadCache cache = new();
    private SiteState? state;
    private Dictionary<string, string> keys = new(StringComparer.Ordinal);
    private volatile Snapshot current = Snapshot.Empty;
    private int generation;

    /// <summary>The paths of the search index in the current snapshot.</summary>
    private List<string> searchPaths = [];

    /// <summary>The snapshot being served: the last good build.</summary>
    public Snapshot Current => current;

    public BuildOptions Options => options;

    /// <summary>
    /// Rebuilds. <paramref name="published"/> hears each swap with the paths it changed: once
    /// with the pages, once with the rest (never for a failed build). <paramref name="edited"/>,
    /// when known (the watcher's paths), lets a rebuild that only edited question files take the
    /// quick path (<see cref="QuestionEdits"/>); null means "anything may have changed".
    /// </summary>
    public RebuildResult Rebuild(Action<IReadOnlyList<string>>? published = null, Action<string>? progress = null,
        IReadOnlyCollection<string>? edited = null)
    {
        if (edited is { Count: > 0 } && state is not null && Quick(state, edited, published, progress) is { } quick) return quick;
        state = null;
        return Full(published, progress);
    }

    /// <summary>
    /// The quick path: the edited questions' pages, and those showing them, laid out and swapped
    /// in first; then every output that is not a question's own (listings, sitemap, search
    /// index, ...) made afresh from the new site and swapped in where its bytes changed.
    /// </summary>
    private RebuildResult? Quick(SiteState site, IReadOnlyCollection<string> edited, Action<IReadOnlyList<string>>? published,
        Action<string>? progress)
    {
        var (watch, stages) = (Stopwatch.StartNew(), new List<(string Name, TimeSpan At)>());
        void Stage(string name)
        {
            stages.Add((name, watch.Elapsed));
            progress?.Invoke(name);
        }
        Stage("applying the edit");
        if (QuestionEdits.TryApply(site, edited, cache, options) is not { } applied) return null;

        Stage("question pages");
        var context = site.Context;
        var before = current;
        var pages = Make(applied.Pages.SelectMany(page => OutputPlan.PlanFor(context, page)).ToList());
        var (first, changed) = before.With(pages.Select(p => (p.Path, p.File)), ++generation);
        current = first;
        Forget(pages);
        published?.Invoke(changed);
        var pagesTime = watch.Elapsed;

        Stage("listings, search index");
        var (now, search) = OutputPlan.Plan(context, unit => unit is SearchDataUnit);
        var rest = Make([.. now.Where(f => !site.Dependencies.IsQuestionOutput(f.Path)), .. search.Value]);
        var files = first.Files.Where(f => site.Dependencies.IsQuestionOutput(f.Key)).ToDictionary(StringComparer.Ordinal);
        foreach (var (path, file) in rest) files[path] = file;
        searchPaths = search.Value.Select(f => f.Path).ToList();
        Forget(rest);
        Stage("swapping");
        var done = Swap(files);
        published?.Invoke(done.ChangedSince(first));
        return new RebuildResult(applied.Diagnostics, true, site.Site.Questions.Count, done.ChangedSince(before), pages.Count + rest.Count,
            files.Count - pages.Count - rest.Count, pagesTime, watch.Elapsed)
        { Stages = Format(stages, watch.Elapsed) };
    }

    /// <summary>Outputs remade outside the keyed reuse lose their keys, so the next full rebuild makes them again.</summary>
    private void Forget(IEnumerable<(string Path, SnapshotFile File)> made)
    {
        foreach (var (path, _) in made) keys.Remove(path);
    }

    private static string Format(List<(string Name, TimeSpan At)> stages, TimeSpan end) => string.Join(", ", stages.Select((s, i) =>
        $"{s.Name} {((i + 1 < stages.Count ? stages[i + 1].At : end) - s.At).TotalMilliseconds:F0} ms"));

    private RebuildResult Full(Action<IReadOnlyList<string>>? published, Action<string>? progress)
    {
        var watch = Stopwatch.StartNew();
        var stages = new List<(string Name, TimeSpan At)>();
        void Stage(string name)
        {
            stages.Add((name, watch.Elapsed));
            progress?.Invoke(name);
        }
        string Stages() => Format(stages, watch.Elapsed);
        Stage("hashing settings and theme");
        var global = OutputKeys.HashFiles(options.Folders(),
            Path.Combine(options.Input, "questions") + Path.DirectorySeparatorChar, options.BaseUrl ?? "");
        var plan = SitePipeline.Plan(options, Stage, cache);
        if (!plan.Succeeded || plan.Site is null)
        {
            return new RebuildResult(plan.Diagnostics, false, 0, [], 0, 0, watch.Elapsed, watch.Elapsed) { Stages = Stages() };
        }

        Stage("keys and pages");
        var questions = Path.Combine(options.Input, "questions");
        var next = SiteState.Of(plan);
        var newKeys = OutputKeys.For(plan.Site, global, slug => cache.StampOf(Path.Combine(questions, slug + ".md")),
            slug => next?.Dependencies.OutputsOf(slug) ?? []);
        var before = current;
        var made = 0;
        var reused = 0;

        // The pages: reuse bytes whose key is unchanged, make the rest (in parallel, as build does).
        var files = new Dictionary<string, SnapshotFile>(StringComparer.Ordinal);
        var toMake = new List<OutputFile>();
        foreach (var file in plan.Pages)
        {
            if (newKeys.TryGetValue(file.Path, out var key) && keys.TryGetValue(file.Path, out var old) && old == key
                && before.Files.TryGetValue(file.Path, out var kept))
            {
                files[file.Path] = kept;
                reused++;
            }
            else
            {
                toMake.Add(file);
            }
        }
        var fresh = Make(toMake);
        foreach (var (path, file) in fresh) files[path] = file;
        made += fresh.Count;
        // Until the index is remade, the previous one is served beside the new pages.
        foreach (var path in searchPaths)
        {
            if (before.Files.TryGetValue(path, out var stale)) files[path] = stale;
        }
        var pages = Swap(files);
        keys = newKeys;
        published?.Invoke(pages.ChangedSince(before));
        var pagesTime = watch.Elapsed;

        // The search index: global (ids in title order, averages over every document), so it is
        // remade whole and compared by bytes.
        var search = Make(plan.Search.Value);
        Stage("swapping");
        foreach (var path in searchPaths) files.Remove(path);
        foreach (var (path, file) in search) files[path] = file;
        searchPaths = search.Select(f => f.Path).ToList();
        made += search.Count;
        var done = Swap(files);
        published?.Invoke(done.ChangedSince(pages));
        state = next;

        return new RebuildResult(plan.Diagnostics, true, plan.Site.Questions.Count, done.ChangedSince(before), made, reused,
            pagesTime, watch.Elapsed)
        { Stages = Stages() };
    }

    private Snapshot Swap(Dictionary<string, SnapshotFile> files)
    {
        var next = new Snapshot(files, ++generation);
        current = next;
        return next;
    }

    private static List<(string Path, SnapshotFile File)> Make(IReadOnlyList<OutputFile> files)
    {
        var made = new (string, SnapshotFile)[files.Count];
        Parallel.For(0, files.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
            i => made[i] = (files[i].Path, SnapshotFile.Of(files[i].Content())));
        return [.. made];
    }
}
