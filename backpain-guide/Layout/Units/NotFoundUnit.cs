using BackpainGuide.Model;

namespace BackpainGuide.Layout.Units;

/// <summary>404.html, which static hosts serve for unknown paths.</summary>
public sealed class NotFoundUnit : IOutputUnit
{
    public string Name => "404";

    public IEnumerable<OutputFile> Plan(LayoutContext context)
    {
        yield return PageFile.Html(context,
            new(context.Urls.BasePath + "404.html", context.Site.Site.Text["not_found_title"], context.Site.Site.Text["not_found_description"], "website", "not-found"),
            () => context.Templates.RenderContent("404", new NotFoundView(context.View)));
    }
}
