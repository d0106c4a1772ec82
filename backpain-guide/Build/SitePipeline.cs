using BackpainGuide.Diagnostics;
using BackpainGuide.Index;
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
        var plan = Plan(options, progress);
        if (plan.Site is null || !options.WriteOutput) return new BuildResult(plan.Diagnostics, plan.Site?.Questions.Count ?? 0, 0);

        var files = plan.Files;
        progress?.Invoke("writing");
        var written = new OutputFolder(options.Output).Publish(files);
        return new BuildResult(plan.Diagnostics, plan.Site.Questions.Count, written);
    }

    /// <summary>
    /// Every stage but the writer: the files of the site, each with a function that makes its
    /// bytes, and nothing written. The preview serves these from memory; <paramref name="cache"/>
    /// lets it reuse the loaded files whose bytes did not change since its previous plan.
    /// </summary>
    public static SitePlan Plan(BuildOptions options, Action<string>? progress = null, LoadCache? cache = null)
    {
        var diagnostics = new DiagnosticBag();
        var input = new InputFolder(options.Input, options.DisplayRoot);
        var templates = TemplateSet.Load(options.Theme, input.Display, diagnostics);

        var site = Prepare(input, options, diagnostics, progress, cache);
        if (site is null || templates is null) return new SitePlan(diagnostics.Sorted(), null, [], new([]));
        if (!options.WriteOutput) return new SitePlan(diagnostics.Sorted(), site, [], new([]));

        var urls = new Urls(site.Site);
        var search = new Lazy<IReadOnlyList<OutputFile>>(() =>
        {
            progress?.Invoke("indexing");
            var searchDocuments = SearchDocument.From(site, urls);
            var files = new List<OutputFile> { SearchDataWriter.File(searchDocuments) };
            files.AddRange(IndexFiles.Files(IndexBuilder.Build(searchDocuments, site.Synonyms)));
            return files;
        });
        return new SitePlan(diagnostics.Sorted(), site, new LayoutStage(templates, options.Theme).Files(site, urls), search);
    }

    /// <summary>
    /// Load and render, validate, link. Each body is rendered as soon as it is parsed, so its
    /// syntax tree is dropped at once: validation works from the links and headings the parser
    /// recorded. A method of its own so that the loaded content can be collected once linked.
    /// </summary>
    private static SiteModel? Prepare(InputFolder input, BuildOptions options, DiagnosticBag diagnostics, Action<string>? progress,
        LoadCache? cache)
    {
        progress?.Invoke("loading and rendering");
        var content = LoadStage.Load(input, options.BaseUrl, diagnostics, (site, links) =>
        {
            var renderer = new MarkdownRenderer(links, new Urls(site));
            return body => RenderStage.RenderBody(body, renderer);
        }, cache);
        if (content is null) return null;

        progress?.Invoke("validating");
        ContentValidator.Validate(content, diagnostics);
        if (diagnostics.HasErrors) return null;

        progress?.Invoke("linking");
        return SiteLinker.Link(RenderStage.Render(content, new Urls(content.Site)));
    }
}
