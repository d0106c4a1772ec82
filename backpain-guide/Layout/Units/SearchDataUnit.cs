using BackpainGuide.Index;
using BackpainGuide.Model;

namespace BackpainGuide.Layout.Units;

/// <summary>search.json and the sharded index under search/index/ (format: docs/search.md).</summary>
public sealed class SearchDataUnit : IOutputUnit
{
    public string Name => "search data";

    public IEnumerable<OutputFile> Plan(LayoutContext context)
    {
        var documents = SearchDocument.From(context.Site, context.Urls);
        return [SearchDataWriter.File(documents), .. IndexFiles.Files(IndexBuilder.Build(documents, context.Site.Synonyms, SearchLanguage.For(context.Site.Site.Language)))];
    }
}
