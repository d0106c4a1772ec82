using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace BackpainGuide.Tests.Content;

/// <summary>
/// Every list of emergency signs on the site names every sign of cauda equina syndrome, so that
/// the lists cannot drift apart; and every page that names 999, 111 or A&amp;E says once what to do
/// outside the UK.
/// </summary>
public partial class EmergencyListTests(Site.RealGuideFixture fixture) : IClassFixture<Site.RealGuideFixture>
{
    /// <summary>
    /// The signs, each as the words a complete list must contain (NHS cauda equina syndrome page;
    /// NICE CKS red flags): both legs; the saddle area; bladder (hesitancy, retention, incontinence);
    /// bowel (incontinence, loss of sensation); sexual (genital sensation, erection, ejaculation).
    /// </summary>
    public static readonly IReadOnlyList<(string Sign, Regex[] Words)> Signs =
    [
        ("symptoms in both legs", [Re("both legs")]),
        ("saddle numbness", [Re(@"\banus\b"), Re("genital"), Re("buttock"), Re("inner thigh")]),
        ("bladder problems", [Re("start(ing)? to pee"), Re("unable to pee"), Re("leak")]),
        ("bowel problems", [Re("bowel"), Re("control"), Re("feel")]),
        ("sexual problems", [Re("genital"), Re("erection"), Re("ejaculat")]),
    ];

    /// <summary>Looser words: an element naming two or more of these groups is a list of emergency signs.</summary>
    private static readonly Regex[] Mentions =
    [
        Re("both legs"),
        Re(@"genital|\banus\b|saddle"),
        Re(@"bladder|to pee\b|urin"),
        Re(@"bowel|need to poo"),
        Re(@"erection|ejaculat|sexual"),
    ];

    private static Regex Re(string pattern) => new(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private IEnumerable<(string Page, IElement Element)> Pages(string selector) =>
        fixture.Site.Pages.OrderBy(p => p.Key, StringComparer.Ordinal)
            .SelectMany(p => p.Value.QuerySelectorAll(selector).Select(e => (p.Key, e)));

    /// <summary>
    /// List items in answers and plain pages, and the paragraphs of the theme's warning boxes, that
    /// name signs of two or more groups. A sub-item of such an item is one line of its list, not a list.
    /// </summary>
    private List<(string Page, IElement Element)> EmergencyLists()
    {
        // An emergency card is one list: its heading says what to do, its items are the signs.
        var candidates = Pages(".answer .care-card-emergency, .answer li, .plain-page li, .red-flag-warning p, .urgent-banner .urgent-details p")
            .Where(x => Mentions.Count(m => m.IsMatch(Text(x.Element))) >= 2)
            .ToList();
        var elements = candidates.Select(x => x.Element).ToHashSet();
        return candidates.Where(x => !Ancestors(x.Element).Any(elements.Contains)).ToList();
    }

    private static IEnumerable<IElement> Ancestors(IElement e)
    {
        for (var p = e.ParentElement; p is not null; p = p.ParentElement) yield return p;
    }

    private static string Text(IElement e) => WhiteSpace().Replace(e.TextContent, " ");

    [Fact]
    public void Every_emergency_list_names_every_cauda_equina_sign()
    {
        var lists = EmergencyLists();
        var missing = lists.SelectMany(x => Signs
                .Where(s => !s.Words.All(w => w.IsMatch(Text(x.Element))))
                .Select(s => $"{x.Page}: {s.Sign} missing from \"{Text(x.Element)[..Math.Min(90, Text(x.Element).Length)]}...\""))
            .ToList();
        Assert.True(missing.Count == 0, string.Join('\n', missing));
    }

    [Fact]
    public void Emergency_lists_are_found_where_they_must_be()
    {
        var lists = EmergencyLists();
        // The banner on every page, the warning box on every red-flag page, and the answer's own list.
        Assert.All(fixture.Site.Pages.Keys, page => Assert.Contains(lists, x => x.Page == page && x.Element.Closest(".urgent-banner") is not null));
        foreach (var slug in fixture.Questions)
        {
            var doc = fixture.Site.Pages[$"questions/{slug}/index.html"];
            if (doc.QuerySelector(".red-flag-warning") is null) continue;
            Assert.Contains(lists, x => x.Page == $"questions/{slug}/index.html" && x.Element.Closest(".red-flag-warning") is not null);
            Assert.Contains(lists, x => x.Page == $"questions/{slug}/index.html" && x.Element.Closest(".answer") is not null);
        }
        Assert.Contains(lists, x => x.Page == "disclaimer/index.html" && x.Element.Closest(".plain-page") is not null);
        Assert.Contains(lists, x => x.Page == "tags/red-flag/index.html" && x.Element.Closest(".red-flag-warning") is not null);
    }

    /// <summary>
    /// The banner's first line is short enough for a phone's first screen: it names every group of
    /// signs in a few words, and the complete list is in the same banner, one click away.
    /// </summary>
    [Fact]
    public void The_banner_line_names_every_group_of_signs_and_the_banner_holds_the_complete_list()
    {
        Assert.All(fixture.Site.Pages, p =>
        {
            var banner = p.Value.QuerySelector(".urgent-banner");
            Assert.NotNull(banner);
            var brief = Text(banner.QuerySelector(".urgent-brief")!);
            Assert.All(Mentions, m => Assert.Matches(m, brief));
            Assert.Contains("999", brief, StringComparison.Ordinal);
            var full = banner.QuerySelector(".urgent-details p");
            Assert.NotNull(full);
            Assert.All(Signs, s => Assert.All(s.Words, w => Assert.Matches(w, Text(full))));
        });
    }

    [Fact]
    public void The_sign_words_reject_an_incomplete_list()
    {
        const string old = "Call 999 or go to A&E now if you have back pain with numbness around your genitals or bottom, new problems peeing or loss of bladder or bowel control, pain or weakness in both legs.";
        Assert.True(Mentions.Count(m => m.IsMatch(old)) >= 2);
        Assert.Contains(Signs, s => !s.Words.All(w => w.IsMatch(old)));
    }

    [Fact]
    public void Every_page_naming_999_111_or_AandE_says_once_what_to_do_outside_the_UK()
    {
        var checkedPages = 0;
        foreach (var (page, body) in Pages(".answer, .plain-page"))
        {
            var text = Text(body);
            if (!UkNumbers().IsMatch(text)) continue;
            checkedPages++;
            Assert.True(OutsideUk().Matches(text).Count == 1, $"{page}: expected one note for readers outside the UK");
            Assert.Contains("local emergency number", text, StringComparison.Ordinal);
            if (text.Contains("111", StringComparison.Ordinal)) Assert.Contains("non-emergency", text, StringComparison.Ordinal);
        }
        Assert.True(checkedPages >= 8, $"{checkedPages} pages name 999, 111 or A&E");
    }

    [Fact]
    public void The_warning_box_and_the_banner_say_what_to_do_outside_the_UK()
    {
        Assert.All(Pages(".urgent-banner .urgent-details p, .red-flag-warning"), x =>
            Assert.Contains("local emergency number", Text(x.Element), StringComparison.Ordinal));
    }

    [GeneratedRegex(@"\b999\b|\b111\b|A&E")]
    private static partial Regex UkNumbers();

    [GeneratedRegex("Outside the UK:")]
    private static partial Regex OutsideUk();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
