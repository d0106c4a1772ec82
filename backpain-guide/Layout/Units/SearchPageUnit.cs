using BackpainGuide.Model;

namespace BackpainGuide.Layout.Units;

/// <summary>The search page; without JavaScript it says so and links the index.</summary>
public sealed class SearchPageUnit : IOutputUnit
{
    public string Name => "search page";

    public IEnumerable<OutputFile> Plan(LayoutContext context)
    {
        var urls = context.Urls;
        yield return PageFile.Html(context, new(urls.Search, context.Site.Site.Text["search_title"], context.Site.Site.Text["search_description"], "website", "search"),
            () => context.Templates.RenderContent("search", new SearchPageView(context.View, urls.BasePath + "search/index/")));
    }
}
