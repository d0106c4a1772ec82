using BackpainGuide.Model;

namespace BackpainGuide.Layout.Units;

/// <summary>404.html, which static hosts serve for unknown paths.</summary>
public sealed class NotFoundUnit : IOutputUnit
{
    public string Name => "404";

    public IEnumerable<OutputFile> Plan(LayoutContext context)
    {
        yield return PageFile.Html(context,
            new(context.Urls.BasePath + "404.html", "Page not found", "This page does not exist.", "website", "not-found"),
            () => context.Templates.Render("404", new NotFoundView(context.View)));
    }
}
