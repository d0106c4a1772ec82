using BackpainGuide.Index;
using BackpainGuide.Model;

namespace BackpainGuide.Layout.Units;

/// <summary>
/// The sharded index under search/index/ (format: docs/search.md). It replaces search.json, every
/// question's whole text in one file (27 MB at 10,000 questions) that the browser never loaded: the
/// JSON API (api/v1/) carries the same for other tools, question by question.
/// </summary>
public sealed class SearchDataUnit : IOutputUnit
{
    public string Name => "search data";

    public IEnumerable<OutputFile> Plan(LayoutContext context)
    {
        var documents = SearchDocument.From(context.Site, context.Urls);
        return [.. IndexFiles.Files(IndexBuilder.Build(documents, context.Site.Synonyms, SearchLanguage.For(context.Site.Site.Language)))];
    }
}
