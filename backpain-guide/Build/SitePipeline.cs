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
        var diagnostics = new DiagnosticBag();
        var input = new InputFolder(options.Input, options.DisplayRoot);
        var templates = TemplateSet.Load(options.Theme, input.Display, diagnostics);

        progress?.Invoke("loading");
        var content = LoadStage.Load(input, options.BaseUrl, diagnostics);
        if (content is null) return Failed(diagnostics);

        progress?.Invoke("validating");
        ContentValidator.Validate(content, diagnostics);
        if (diagnostics.HasErrors || templates is null) return Failed(diagnostics);

        progress?.Invoke("rendering");
        var urls = new Urls(content.Site);
        var bodies = RenderStage.Render(content, urls);
        var site = SiteLinker.Link(content, bodies.Html, bodies.PlainText, bodies.LinkedQuestions);

        progress?.Invoke("indexing");
        var searchDocuments = SearchDocument.From(site, urls);
        var files = new List<OutputFile> { SearchDataWriter.File(searchDocuments) };

        if (!options.WriteOutput) return new BuildResult(diagnostics.Sorted(), site.Questions.Count, 0);
        files.AddRange(IndexFiles.Files(IndexBuilder.Build(searchDocuments, site.Synonyms)));

        progress?.Invoke("writing");
        files.AddRange(new LayoutStage(templates, options.Theme).Files(site, urls));
        var written = new OutputFolder(options.Output).Publish(files);
        return new BuildResult(diagnostics.Sorted(), site.Questions.Count, written);
    }

    private static BuildResult Failed(DiagnosticBag diagnostics) => new(diagnostics.Sorted(), 0, 0);
}
