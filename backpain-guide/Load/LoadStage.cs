using BackpainGuide.Diagnostics;
using BackpainGuide.Model;
using BackpainGuide.Validate;

namespace BackpainGuide.Load;

/// <summary>
/// Stage 1: reads site.yml, tags.yml, synonyms.yml (optional), questions/*.md and pages/*.md. Files are parsed in
/// parallel; results keep the sorted file order. A broken file is reported and left out, and
/// the others are still read, so one run reports every problem.
/// </summary>
public static class LoadStage
{
    /// <summary>
    /// Reads the input. <paramref name="afterParse"/>, when given, is called once the site
    /// settings and the set of pages are known, and returns a function applied to every body as
    /// soon as it is parsed: the pipeline renders there, so syntax trees do not pile up.
    /// </summary>
    public static Content? Load(InputFolder input, string? baseUrlOverride, DiagnosticBag diagnostics,
        Func<SiteSettings, LinkResolver, Func<MarkdownBody, MarkdownBody>>? afterParse = null)
    {
        var site = SettingsLoader.LoadSite(input.File("site.yml"), diagnostics, baseUrlOverride);
        var tags = SettingsLoader.LoadTags(input.File("tags.yml"), diagnostics);
        var synonyms = SynonymsLoader.Load(input.File("synonyms.yml"), diagnostics);

        var questionFiles = input.MarkdownFiles("questions", required: true, diagnostics);
        var pageFiles = input.MarkdownFiles("pages", required: false, diagnostics);
        var links = new LinkResolver(
            questionFiles.Select(f => f.Stem).ToHashSet(StringComparer.Ordinal),
            pageFiles.Select(f => f.Stem).ToHashSet(StringComparer.Ordinal));
        var process = site is not null && afterParse is not null ? afterParse(site, links) : null;

        var questions = ParseAll(questionFiles, diagnostics, (file, text, bag) =>
        {
            var q = QuestionLoader.Load(file, text, bag);
            return q is not null && process is not null ? q with { Body = process(q.Body) } : q;
        });
        var pages = ParseAll(pageFiles, diagnostics, (file, text, bag) =>
        {
            var p = PageLoader.Load(file, text, bag);
            return p is not null && process is not null ? p with { Body = process(p.Body) } : p;
        });

        if (site is null || tags is null || synonyms is null) return null;
        return new Content(site, tags, questions, pages, links, synonyms);
    }

    private static List<T> ParseAll<T>(IReadOnlyList<InputFile> files, DiagnosticBag diagnostics,
        Func<InputFile, string, DiagnosticBag, T?> parse) where T : class
    {
        var results = new T?[files.Count];
        Parallel.For(0, files.Count, i =>
        {
            var text = InputFolder.ReadText(files[i], diagnostics);
            if (text is not null) results[i] = parse(files[i], text, diagnostics);
        });
        return results.OfType<T>().ToList();
    }
}
