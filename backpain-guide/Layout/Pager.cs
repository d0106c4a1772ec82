namespace BackpainGuide.Layout;

/// <summary>One link of a pager: a page number, the current page, or a gap in the window.</summary>
public sealed record PageLinkView(int Number, string? Url, bool IsCurrent, bool IsGap);

/// <summary>
/// Where a page of a list that was cut into pages sits: its number of the count, its neighbours
/// (rel=prev/next) and links to the first, the last and the pages near it, so every page, and so
/// every question, is a few links away without JavaScript. <see cref="InFrame"/>: the links stay
/// in the embed's frame instead of opening a tab.
/// </summary>
public sealed record PagerView(int Number, int Count, string? PreviousUrl, string? NextUrl, IReadOnlyList<PageLinkView> Links, string Label,
    bool InFrame = false)
{
    /// <summary>Pages linked on each side of the current one.</summary>
    public const int Window = 2;

    /// <summary>
    /// The URL of page <paramref name="number"/> (1-based) of the list at <paramref name="first"/>:
    /// the first page keeps the list's own URL, the others are <c>first + "page/N/"</c>.
    /// </summary>
    public static string PageUrl(string first, int number) => number == 1 ? first : $"{first}page/{number}/";

    /// <summary>The pager of page <paramref name="number"/> of <paramref name="count"/>; null when the list has one page.</summary>
    public static PagerView? For(string first, int number, int count, string label, bool inFrame = false)
    {
        if (count <= 1) return null;
        var links = new List<PageLinkView>();
        var last = 0;
        for (var n = 1; n <= count; n++)
        {
            if (n != 1 && n != count && Math.Abs(n - number) > Window) continue;
            if (n > last + 1) links.Add(new PageLinkView(0, null, false, true));
            links.Add(new PageLinkView(n, PageUrl(first, n), n == number, false));
            last = n;
        }
        return new PagerView(number, count, number > 1 ? PageUrl(first, number - 1) : null,
            number < count ? PageUrl(first, number + 1) : null, links, label, inFrame);
    }
}
