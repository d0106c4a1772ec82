using BackpainGuide.Diagnostics;
using BackpainGuide.Layout;
using BackpainGuide.Layout.Units;
using BackpainGuide.Link;
using BackpainGuide.Load;
using BackpainGuide.Model;
using BackpainGuide.Render;
using BackpainGuide.Validate;
using BackpainGuide.Write;

namespace BackpainGuide.Build;

/// <summary>
/// The pipeline, one way: load, validate, render, link, index, lay out, write. Each stage is a
/// plain function of the previous stage's result; errors stop the run before anything is written.
/// </summary>
public static class SitePipeline
{
    /// <summary>
    /// The build: <see cref="Plan(BuildOptions, Action{string}?, LoadCache?, bool)"/>, then publish behind the output folder's guard.
    /// <paramref name="written"/> hears, now and then while writing, how many files are done out of how many.
    /// </summary>
    public static BuildResult Run(BuildOptions options, Action<string>? progress = null, Action<int, int>? written = null)
    {
        var timings = options.Timings;
        if (timings is not null)
        {
            var inner = progress;
            progress = stage =>
            {
                timings.Mark(stage);
                inner?.Invoke(stage);
            };
            timings.Mark("reading the theme and settings");
        }
        try
        {
            var plan = Plan(options, progress, indexingStage: false);
            if (plan.Site is null || !options.WriteOutput) return new BuildResult(plan.Diagnostics, plan.Site?.Questions.Count ?? 0, 0);

            // The search index is built on another thread while the pages are written: its
            // merge is serial, and would otherwise leave a core idle before writing starts.
            var search = Task.Run(() => timings is null ? plan.Search.Value : timings.Time("search index, built beside the pages", () => plan.Search.Value));
            progress?.Invoke("writing");
            IReadOnlyList<OutputFile> Timed(IReadOnlyList<OutputFile> files) =>
                timings is null ? files : files.Select(f => f with
                {
                    Content = timings.Measure(f.Unit, f.Content),
                    Stream = f.Stream is { } stream ? timings.Measure(f.Unit, stream) : null,
                }).ToList();
            var total = plan.Pages.Count;
            var count = new OutputFolder(options.Output).Publish(Timed(plan.Pages), written is null ? null : n => written(n, total), timings,
                late: () =>
                {
                    var files = search.GetAwaiter().GetResult();
                    total += files.Count;
                    return Timed(files);
                });
            return new BuildResult(plan.Diagnostics, plan.Site.Questions.Count, count);
        }
        finally
        {
            timings?.Mark(null);
        }
    }

    /// <summary>
    /// Every stage but the writer: load (reusing <paramref name="cache"/>'s unchanged files, for
    /// the preview), validate, link, then plan every output by the units of <see cref="SiteUnits"/>,
    /// nothing rendered and nothing written. The search index is planned on first use of
    /// <see cref="SitePlan.Search"/>, so the preview can serve edited pages before it.
    /// </summary>
    /// <param name="indexingStage">Whether building the search index is announced as a stage of its own (not when it runs beside writing).</param>
    public static SitePlan Plan(BuildOptions options, Action<string>? progress = null, LoadCache? cache = null, bool indexingStage = true)
    {
        var diagnostics = new DiagnosticBag();
        var input = new InputFolder(options.Input, options.DisplayRoot);
        var theme = ThemeLoader.Load(options.Theme is null ? null : new InputFolder(options.Theme, options.DisplayRoot), diagnostics);
        var templates = TemplateSet.Load(theme, diagnostics);

        var (content, site) = Prepare(input, options, diagnostics, progress, cache);
        if (site is null || templates is null) return new SitePlan(diagnostics.Sorted(), null, [], new([]));
        if (!options.WriteOutput) return new SitePlan(diagnostics.Sorted(), site, [], new([]));

        progress?.Invoke("planning");
        var context = LayoutContext.Create(site, new Urls(site.Site), templates, theme);
        // The search index is the one global, slow unit: it alone is planned later.
        var (pages, search) = OutputPlan.Plan(context, unit => unit is SearchDataUnit, indexingStage ? () => progress?.Invoke("indexing") : null);
        return new SitePlan(diagnostics.Sorted(), site, pages, search) { Content = content, Context = context };
    }

    /// <summary>
    /// Every output file of the site, planned by the units of <see cref="SiteUnits"/>: paths and
    /// how to make the bytes, nothing rendered yet.
    /// </summary>
    public static IReadOnlyList<OutputFile> Plan(SiteModel site, TemplateSet templates, Theme theme) =>
        OutputPlan.Plan(LayoutContext.Create(site, new Urls(site.Site), templates, theme));

    /// <summary>
    /// Load and render, validate, link. Each body is rendered as soon as it is parsed, so its
    /// syntax tree is dropped at once: validation works from the links and headings the parser
    /// recorded. A method of its own so that the loaded content can be collected once linked.
    /// </summary>
    private static (Content? Rendered, SiteModel? Site) Prepare(InputFolder input, BuildOptions options, DiagnosticBag diagnostics,
        Action<string>? progress, LoadCache? cache)
    {
        progress?.Invoke("loading and rendering");
        // check writes no page, so its bodies need only the plain text that validation reads.
        var content = LoadStage.Load(input, options.BaseUrl, diagnostics, options.WriteOutput ? Renderer : TextOnly, cache);
        if (content is null) return (null, null);

        progress?.Invoke("validating");
        ContentValidator.Validate(content, diagnostics);
        ReviewDates.WarnOverdue(content.Questions, options.Today ?? DateOnly.FromDateTime(DateTime.UtcNow), diagnostics);
        if (diagnostics.HasErrors) return (null, null);

        progress?.Invoke("linking");
        var rendered = RenderStage.Render(content, new Urls(content.Site));
        return (rendered, SiteLinker.Link(rendered));
    }

    /// <summary>
    /// For check: each body's plain text, and an empty page body, since nothing is written. The
    /// HTML renderer reports nothing (validation works from what the parser recorded), so
    /// check finds the same errors without it.
    /// </summary>
    private static Func<MarkdownBody, MarkdownBody> TextOnly(SiteSettings site, LinkResolver links) =>
        body => body.IsRendered ? body : body.Rendered("", PlainText.Of(body.Document));

    /// <summary>How every body is rendered once the settings and the set of pages are known.</summary>
    public static Func<MarkdownBody, MarkdownBody> Renderer(SiteSettings site, LinkResolver links)
    {
        var renderer = new MarkdownRenderer(links, new Urls(site), site.Text);
        return body => RenderStage.RenderBody(body, renderer);
    }
}
