using BackpainGuide.Diagnostics;
using BackpainGuide.Layout;
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
    public static BuildResult Run(BuildOptions options, Action<string>? progress = null)
    {
        var diagnostics = new DiagnosticBag();
        var input = new InputFolder(options.Input, options.DisplayRoot);
        var theme = ThemeLoader.Load(new InputFolder(options.Theme, options.DisplayRoot), diagnostics);
        var templates = TemplateSet.Load(theme, diagnostics);

        var site = Prepare(input, options, diagnostics, progress);
        if (site is null || templates is null) return new BuildResult(diagnostics.Sorted(), 0, 0);

        if (!options.WriteOutput) return new BuildResult(diagnostics.Sorted(), site.Questions.Count, 0);

        progress?.Invoke("planning");
        var files = Plan(site, templates, theme);
        progress?.Invoke("writing");
        var written = new OutputFolder(options.Output).Publish(files);
        return new BuildResult(diagnostics.Sorted(), site.Questions.Count, written);
    }

    /// <summary>
    /// Every output file of the site, planned by the units of <see cref="SiteUnits"/>: paths and
    /// how to make the bytes, nothing rendered yet. The preview serves these without a disk.
    /// </summary>
    public static IReadOnlyList<OutputFile> Plan(SiteModel site, TemplateSet templates, Theme theme) =>
        OutputPlan.Plan(LayoutContext.Create(site, new Urls(site.Site), templates, theme));

    /// <summary>
    /// Load and render, validate, link. Each body is rendered as soon as it is parsed, so its
    /// syntax tree is dropped at once: validation works from the links and headings the parser
    /// recorded. A method of its own so that the loaded content can be collected once linked.
    /// </summary>
    private static SiteModel? Prepare(InputFolder input, BuildOptions options, DiagnosticBag diagnostics, Action<string>? progress)
    {
        progress?.Invoke("loading and rendering");
        var content = LoadStage.Load(input, options.BaseUrl, diagnostics, (site, links) =>
        {
            var renderer = new MarkdownRenderer(links, new Urls(site));
            return body => RenderStage.RenderBody(body, renderer);
        });
        if (content is null) return null;

        progress?.Invoke("validating");
        ContentValidator.Validate(content, diagnostics);
        ReviewDates.WarnOverdue(content.Questions, options.Today ?? DateOnly.FromDateTime(DateTime.UtcNow), diagnostics);
        if (diagnostics.HasErrors) return null;

        progress?.Invoke("linking");
        return SiteLinker.Link(RenderStage.Render(content, new Urls(content.Site)));
    }
}
