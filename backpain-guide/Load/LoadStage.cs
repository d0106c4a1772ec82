using BackpainGuide.Diagnostics;
using BackpainGuide.Model;

namespace BackpainGuide.Load;

/// <summary>
/// Stage 1: reads site.yml, tags.yml, synonyms.yml (optional), questions/*.md and pages/*.md. Files are parsed in
/// parallel; results keep the sorted file order. A file with errors is reported and kept apart,
/// with whatever could be read of it, for the cross-file rules: one run reports every problem.
/// </summary>
public static class LoadStage
{
    /// <summary>
    /// Reads the input. <paramref name="afterParse"/>, when given, is called once the site
    /// settings and the set of pages are known, and returns a function applied to every body as
    /// soon as it is parsed: the pipeline renders there, so syntax trees do not pile up.
    /// </summary>
    public static Content? Load(InputFolder input, string? baseUrlOverride, DiagnosticBag diagnostics,
        Func<SiteSettings, LinkResolver, Func<MarkdownBody, MarkdownBody>>? afterParse = null, LoadCache? cache = null)
    {
        var site = SettingsLoader.LoadSite(input.File("site.yml"), diagnostics, baseUrlOverride);
        var tags = SettingsLoader.LoadTags(input.File("tags.yml"), diagnostics);
        var synonyms = SynonymsLoader.Load(input.File("synonyms.yml"), diagnostics);
        var (regionsOk, map) = RegionsLoader.Load(input.File("regions.yml"), diagnostics);

        var questionFiles = MarkdownFiles.In(input, "questions", required: true, diagnostics);
        var pageFiles = MarkdownFiles.In(input, "pages", required: false, diagnostics);
        var links = new LinkResolver(
            questionFiles.Select(f => f.Stem).ToHashSet(StringComparer.Ordinal),
            pageFiles.Select(f => f.Stem).ToHashSet(StringComparer.Ordinal));
        var process = site is not null && afterParse is not null ? afterParse(site, links) : null;

        cache?.StartRun();
        cache?.Keep(questionFiles.Concat(pageFiles));
        var reuse = cache is null ? null : new Reuse(cache, (site, process is null), links);
        var (questions, incompleteQuestions) = ParseAll(questionFiles, diagnostics, QuestionLoader.Load,
            process is null ? null : q => q with { Body = process(q.Body) }, reuse, q => q.Body);
        var (pages, incompletePages) = ParseAll(pageFiles, diagnostics, PageLoader.Load,
            process is null ? null : p => p with { Body = process(p.Body) }, reuse, p => p.Body);

        if (site is null || tags is null || synonyms is null || !regionsOk) return null;
        return new Content(site, tags, questions, pages, links, synonyms)
        {
            IncompleteQuestions = incompleteQuestions,
            IncompletePages = incompletePages,
            Map = map,
        };
    }

    /// <summary>
    /// Parses every file, in parallel; <paramref name="process"/> runs only on files with no errors
    /// (a body the parser refused, say for its nesting, is never rendered). Returns the files
    /// without errors, then those with errors that still gave a partial result.
    /// </summary>
    private static (List<T> Complete, List<T> Incomplete) ParseAll<T>(IReadOnlyList<InputFile> files, DiagnosticBag diagnostics,
        Func<InputFile, string, DiagnosticBag, T?> parse, Func<T, T>? process, Reuse? reuse, Func<T, MarkdownBody> body) where T : class
    {
        var results = new T?[files.Count];
        var failed = new bool[files.Count];
        Parallel.For(0, files.Count, i =>
        {
            var own = new DiagnosticBag();
            results[i] = LoadOne(files[i], own, parse, process, reuse, body);
            failed[i] = own.HasErrors;
            diagnostics.AddRange(own.All());
        });
        var complete = new List<T>();
        var incomplete = new List<T>();
        for (var i = 0; i < files.Count; i++)
        {
            if (results[i] is { } result) (failed[i] ? incomplete : complete).Add(result);
        }
        return (complete, incomplete);
    }

    /// <summary>
    /// One question file, loaded and rendered exactly as <see cref="Load"/> would with the same
    /// settings, links and cache: for the preview, when that file alone changed. Its own
    /// diagnostics go to <paramref name="own"/>.
    /// </summary>
    public static Question? LoadQuestion(InputFile file, SiteSettings site, LinkResolver links, Func<MarkdownBody, MarkdownBody> process,
        LoadCache cache, DiagnosticBag own) =>
        LoadOne(file, own, QuestionLoader.Load, q => q with { Body = process(q.Body) }, new Reuse(cache, (site, false), links), q => q.Body);

    private static T? LoadOne<T>(InputFile file, DiagnosticBag own, Func<InputFile, string, DiagnosticBag, T?> parse, Func<T, T>? process,
        Reuse? reuse, Func<T, MarkdownBody> body) where T : class
    {
        T? One(DiagnosticBag bag)
        {
            var text = InputFolder.ReadText(file, bag);
            var result = text is null ? null : parse(file, text, bag);
            if (result is not null && process is not null && !bag.HasErrors) result = process(result);
            return result;
        }
        // A cached file's own diagnostics come back with its result, so its errors still count.
        return reuse is null ? One(own) : reuse.Cache.GetOrLoad(file, reuse.Context, reuse.Links, body, own, One);
    }

    /// <summary>The cache, and what a cached file's result depends on besides its own bytes.</summary>
    private sealed record Reuse(LoadCache Cache, object Context, LinkResolver Links);
}
