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

    /// <summary>
    /// The quick path's rest, still running in the background: its result is the whole rebuild's,
    /// or null when a newer rebuild superseded it. Null for a full rebuild, which waits for everything.
    /// </summary>
    public Task<RebuildResult?>? Rest { get; init; }
}

/// <summary>
/// The preview's build, kept between rebuilds. Every rebuild runs the whole pipeline in memory
/// on the current files (so a missed or odd watcher event cannot matter), reusing what cannot
/// have changed: each content file's load while its bytes and what it links to are the same
/// (<see cref="LoadCache"/>), and each page's bytes while its key is (<see cref="OutputKeys"/>).
/// The result is a new <see cref="Snapshot"/>, swapped in whole; the pages first, then the
/// search index, the slowest and least urgent part. A failed build keeps the last good snapshot.
/// </summary>
/// <remarks>
/// An edit's quick path returns once the edited pages are served and leaves "the rest" (every
/// output that is not a question's own) to a background task, so the next save never waits for
/// it. At most one rest runs at a time: each rebuild cancels the one in flight (it stops at the
/// next output, or once the search index it is making is done) and queues its own behind it. A
/// rest swaps in only if no rebuild has started since its own: then the served question outputs
/// are still the ones it was made beside, so the settled snapshot is what a full build makes.
/// Every swap, and the event announcing it, happens under one lock, so events arrive in the
/// order of the snapshots. <see cref="Rebuild"/> is for one caller at a time; a full rebuild
/// first waits for the cancelled rest to end, so it has the session's fields to itself.
/// </remarks>
public sealed class BuildSession(BuildOptions options)
{
    private readonly LoadCache cache = new();

    /// <summary>Held by a whole <see cref="Rebuild"/>: the state and the load cache are the caller's alone.</summary>
    private readonly Lock rebuilding = new();

    /// <summary>Guards what a background rest touches: the snapshot, keys, search paths, generation and the rest's own fields.</summary>
    private readonly Lock gate = new();

    private SiteState? state;
    private Dictionary<string, string> keys = new(StringComparer.Ordinal);
    private volatile Snapshot current = Snapshot.Empty;
    private int generation;

    /// <summary>The paths of the search index in the current snapshot.</summary>
    private List<string> searchPaths = [];

    /// <summary>Counts rebuilds started; a rest swaps in only while it is still the one it was started with.</summary>
    private int ticket;

    /// <summary>The last rest started (later ones run after it), and how to cancel the one in flight.</summary>
    private Task<RebuildResult?>? rest;

    private CancellationTokenSource? restCancel;

    /// <summary>Paths a swap changed that no event has named yet.</summary>
    private readonly SortedSet<string> owed = new(StringComparer.Ordinal);

    /// <summary>The edit whose rest the served snapshot still lacks (superseded, or not done yet).</summary>
    private Unsettled? unsettled;

    /// <summary>A rest failed: the served listings may be stale, so the next rebuild is a full one.</summary>
    private bool restFailed;

    /// <summary>The snapshot being served: the last good build.</summary>
    public Snapshot Current => current;

    /// <summary>
    /// For tests: called on a rest's thread as it starts, with its cancellation token. Read when
    /// the quick path starts the rest, so each rebuild can be given its own.
    /// </summary>
    internal Action<CancellationToken>? RestStarting { get; set; }

    public BuildOptions Options => options;

    /// <summary>
    /// Rebuilds. <paramref name="published"/> hears each swap with the paths it changed: once
    /// with the pages, once with the rest (never for a failed build, nor for a rest a newer
    /// rebuild superseded); it is called under the session's lock, in the order of the swaps,
    /// and must not call back into the session but for <see cref="Current"/>. <paramref name="edited"/>,
    /// when known (the watcher's paths), lets a rebuild that only edited question files take the
    /// quick path (<see cref="QuestionEdits"/>), which returns with the rest still to come
    /// (<see cref="RebuildResult.Rest"/>); null means "anything may have changed".
    /// </summary>
    public RebuildResult Rebuild(Action<IReadOnlyList<string>>? published = null, Action<string>? progress = null,
        IReadOnlyCollection<string>? edited = null)
    {
        lock (rebuilding)
        {
            var (running, failed) = Supersede();
            if (edited is { Count: > 0 } && state is not null && !failed && Quick(state, edited, published, progress, running) is { } quick)
            {
                return quick;
            }
            Wait(running);
            state = null;
            var full = Full(published, progress);
            Unsettled? pending;
            lock (gate) pending = unsettled;
            if (full.Succeeded || pending is null) return full;
            // The last good snapshot, still served, has an edit's pages beside older listings: settle it as that edit's rest would have.
            var again = pending.Quick with { Made = 0, PagesTime = TimeSpan.Zero, Watch = Stopwatch.StartNew(), Stages = [] };
            // Silently: a reload event would clear the tabs' error overlay. Its paths go with the next event (see Announce).
            lock (gate) return full with { Rest = StartRest(pending.Context, pending.Dependencies, current, again, null, progress, null) };
        }
    }

    /// <summary>
    /// Waits until the last rest has ended and returns its result (null when there was none, or it
    /// was superseded); rethrows its failure. For tests and benchmarks: the snapshot is then settled.
    /// </summary>
    public RebuildResult? Settle()
    {
        Task<RebuildResult?>? last;
        lock (gate) last = rest;
        return last?.GetAwaiter().GetResult();
    }

    /// <summary>Starts a rebuild: the rest in flight is cancelled and will not swap in. Returns it, and whether a rest failed.</summary>
    private (Task<RebuildResult?>? Running, bool Failed) Supersede()
    {
        lock (gate)
        {
            ticket++;
            restCancel?.Cancel();
            var failed = restFailed;
            restFailed = false;
            return (rest, failed);
        }
    }

    private static void Wait(Task? running)
    {
        // Its failure was reported by whoever awaited it; here it only has to be over.
        if (running is not null) ((IAsyncResult)running).AsyncWaitHandle.WaitOne();
    }

    /// <summary>
    /// The quick path: the edited questions' pages, and those showing them, laid out and swapped
    /// in; then, in the background, every output that is not a question's own (listings, sitemap,
    /// search index, ...) made afresh from the new site and swapped in where its bytes changed.
    /// </summary>
    private RebuildResult? Quick(SiteState site, IReadOnlyCollection<string> edited, Action<IReadOnlyList<string>>? published,
        Action<string>? progress, Task<RebuildResult?>? running)
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
        // The rest reads only these two: the edit that follows replaces the state's context, never changes this one.
        var (context, dependencies) = (site.Context, site.Dependencies);
        var pages = Make(applied.Pages.SelectMany(page => OutputPlan.PlanFor(context, page)).ToList());
        var pagesTime = watch.Elapsed;
        var done = new QuickPart(applied.Diagnostics, site.Site.Questions.Count, pages.Count, pagesTime, watch, stages);
        IReadOnlyList<string> changed;
        Task<RebuildResult?> next;
        lock (gate)
        {
            var before = current;
            (current, changed) = before.With(pages.Select(p => (p.Path, p.File)), ++generation);
            Forget(pages);
            Announce(published, changed);
            next = StartRest(context, dependencies, before, done, published, progress, running);
        }
        return new RebuildResult(applied.Diagnostics, true, done.Questions, changed, pages.Count, 0, pagesTime, pagesTime)
        { Stages = Format(done.Stages, pagesTime), Rest = next };
    }

    /// <summary>What the quick path did, for the whole rebuild's result that its rest returns.</summary>
    private sealed record QuickPart(IReadOnlyList<Diagnostic> Diagnostics, int Questions, int Made, TimeSpan PagesTime, Stopwatch Watch,
        List<(string Name, TimeSpan At)> Stages);

    /// <summary>An edit whose pages are served but whose rest has not swapped in yet.</summary>
    private sealed record Unsettled(LayoutContext Context, DependencyMap Dependencies, QuickPart Quick);

    /// <summary>Queues a rest behind <paramref name="running"/> (or the last rest) for the current snapshot; called under <see cref="gate"/>.</summary>
    private Task<RebuildResult?> StartRest(LayoutContext context, DependencyMap dependencies, Snapshot before, QuickPart quick,
        Action<IReadOnlyList<string>>? published, Action<string>? progress, Task<RebuildResult?>? running)
    {
        var (mine, cancel, hook, first) = (ticket, new CancellationTokenSource(), RestStarting, current);
        restCancel = cancel;
        unsettled = new Unsettled(context, dependencies, quick);
        // Its own thread, not the pool's: the pool serves the tabs' requests and the next save's pages.
        return rest = (running ?? rest ?? Task.CompletedTask).ContinueWith(
            _ => Rest(mine, cancel, context, dependencies, before, first, quick, published, progress, hook),
            CancellationToken.None, TaskContinuationOptions.DenyChildAttach | TaskContinuationOptions.LongRunning, TaskScheduler.Default);
    }

    /// <summary>
    /// The rest of an edit, in the background; null when a newer rebuild superseded it. Its result
    /// is the whole rebuild's: what changed since before the edit, and the time since it started.
    /// </summary>
    private RebuildResult? Rest(int mine, CancellationTokenSource cancel, LayoutContext context, DependencyMap dependencies, Snapshot before,
        Snapshot first, QuickPart quick, Action<IReadOnlyList<string>>? published, Action<string>? progress, Action<CancellationToken>? hook)
    {
        var (token, watch) = (cancel.Token, quick.Watch);
        var stages = new List<(string Name, TimeSpan At)>(quick.Stages);
        void Stage(string name)
        {
            stages.Add((name, watch.Elapsed));
            progress?.Invoke(name);
        }
        try
        {
            if (token.IsCancellationRequested) return null;
            hook?.Invoke(token);
            Stage("listings, search index");
            var (now, search) = OutputPlan.Plan(context, unit => unit is SearchDataUnit);
            // One core fewer than a full build (on two cores, only the rest's own thread): the next save's pages must not queue behind the rest.
            var spare = Math.Max(1, Environment.ProcessorCount - 1);
            var made = Make([.. now.Where(f => !dependencies.IsQuestionOutput(f.Path))], token, spare);
            token.ThrowIfCancellationRequested();
            Stage("search index");
            made.AddRange(Make(search.Value, token, spare));
            token.ThrowIfCancellationRequested();
            Stage("swapping");
            lock (gate)
            {
                if (mine != ticket) return null;
                var files = current.Files.Where(f => dependencies.IsQuestionOutput(f.Key)).ToDictionary(StringComparer.Ordinal);
                foreach (var (path, file) in made) files[path] = file;
                searchPaths = search.Value.Select(f => f.Path).ToList();
                Forget(made);
                var done = Swap(files);
                unsettled = null;
                Announce(published, done.ChangedSince(first));
                return new RebuildResult(quick.Diagnostics, true, quick.Questions, done.ChangedSince(before), quick.Made + made.Count,
                    files.Count - quick.Made - made.Count, quick.PagesTime, watch.Elapsed)
                { Stages = Format(stages, watch.Elapsed) };
            }
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            return null;
        }
        catch
        {
            lock (gate)
            {
                if (mine == ticket) restFailed = true;
            }
            throw;
        }
        finally
        {
            lock (gate)
            {
                if (restCancel == cancel) restCancel = null;
            }
            cancel.Dispose();
        }
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
        Snapshot pages;
        lock (gate)
        {
            pages = Swap(files);
            keys = newKeys;
            Announce(published, pages.ChangedSince(before));
        }
        var pagesTime = watch.Elapsed;

        // The search index: global (ids in title order, averages over every document), so it is
        // remade whole and compared by bytes.
        var search = Make(plan.Search.Value);
        Stage("swapping");
        foreach (var path in searchPaths) files.Remove(path);
        foreach (var (path, file) in search) files[path] = file;
        made += search.Count;
        Snapshot done;
        lock (gate)
        {
            searchPaths = search.Select(f => f.Path).ToList();
            done = Swap(files);
            unsettled = null;
            Announce(published, done.ChangedSince(pages));
        }
        state = next;

        return new RebuildResult(plan.Diagnostics, true, plan.Site.Questions.Count, done.ChangedSince(before), made, reused,
            pagesTime, watch.Elapsed)
        { Stages = Stages() };
    }

    /// <summary>
    /// Tells <paramref name="published"/> of a swap's changed paths and of any a silent swap left
    /// owing, so every change reaches the tabs with the next event; called under <see cref="gate"/>.
    /// </summary>
    private void Announce(Action<IReadOnlyList<string>>? published, IReadOnlyList<string> changed)
    {
        if (published is null)
        {
            owed.UnionWith(changed);
            return;
        }
        if (owed.Count == 0)
        {
            published(changed);
            return;
        }
        owed.UnionWith(changed);
        var all = owed.ToList();
        owed.Clear();
        published(all);
    }

    /// <summary>Called under <see cref="gate"/>.</summary>
    private Snapshot Swap(Dictionary<string, SnapshotFile> files)
    {
        var next = new Snapshot(files, ++generation);
        current = next;
        return next;
    }

    private static List<(string Path, SnapshotFile File)> Make(IReadOnlyList<OutputFile> files, CancellationToken token = default, int threads = 0)
    {
        var made = new (string, SnapshotFile)[files.Count];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = threads > 0 ? threads : Environment.ProcessorCount, CancellationToken = token };
        Parallel.For(0, files.Count, parallel,
            i => made[i] = (files[i].Path, SnapshotFile.Of(files[i].Content())));
        return [.. made];
    }
}
