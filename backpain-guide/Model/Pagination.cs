namespace BackpainGuide.Model;

/// <summary>
/// site.yml's <c>pagination:</c>: how many entries a list page holds before it is cut into numbered
/// pages. <see cref="QuestionsPerPage"/> applies to the FAQ index, each tag page and the API's list;
/// <see cref="AnswersPerEmbed"/> to a topic's embed, whose entries carry whole answers. The
/// defaults keep every list page under about 300 KB however many questions the guide has, and
/// leave a guide of a few hundred questions on one page.
/// </summary>
public sealed record Pagination(int QuestionsPerPage = Pagination.DefaultQuestionsPerPage, int AnswersPerEmbed = Pagination.DefaultAnswersPerEmbed)
{
    public const int DefaultQuestionsPerPage = 200;
    public const int DefaultAnswersPerEmbed = 40;

    /// <summary>Bounds of both settings: fewer makes pages of a handful of links; more defeats the point.</summary>
    public const int Min = 5;
    public const int Max = 10_000;

    public static readonly Pagination Default = new();

    /// <summary>
    /// <paramref name="items"/> cut into pages of at most <paramref name="perPage"/>; always at
    /// least one page, so an empty list still has its page.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<T>> Cut<T>(IReadOnlyList<T> items, int perPage)
    {
        if (items.Count <= perPage) return [items];
        var pages = new List<IReadOnlyList<T>>();
        for (var start = 0; start < items.Count; start += perPage)
        {
            pages.Add(items.Skip(start).Take(perPage).ToList());
        }
        return pages;
    }
}
