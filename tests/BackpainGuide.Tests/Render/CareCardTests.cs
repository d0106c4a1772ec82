using AngleSharp.Html.Parser;
using BackpainGuide.Diagnostics;
using BackpainGuide.Load;
using BackpainGuide.Model;
using BackpainGuide.Render;
using BackpainGuide.Tests.Hostile;

namespace BackpainGuide.Tests.Render;

/// <summary>
/// Urgency cards (<c>::: emergency</c> ... <c>:::</c>): how they render, the prefixes from
/// site.yml, and, over random nests of fences, names and raw HTML, that the parser never throws,
/// every problem is positioned inside the file, and whatever renders is safe markup.
/// </summary>
public class CareCardTests
{
    private static readonly SiteSettings Site = new("T", "D", "https://example.org/guide/", "en", null, "main", "Disc", null);

    private static (string Html, IReadOnlyList<Diagnostic> Diagnostics) Render(string markdown, SiteText? text = null)
    {
        var diagnostics = new DiagnosticBag();
        var body = MarkdownParser.Parse(markdown, 10, "f.md", diagnostics);
        var links = new LinkResolver(new HashSet<string> { "other" }, new HashSet<string>());
        return (new MarkdownRenderer(links, new Urls(Site), text).Render(body).Trim(), diagnostics.Sorted());
    }

    [Theory]
    [InlineData("emergency", "Immediate action required: ")]
    [InlineData("urgent", "Urgent advice: ")]
    [InlineData("see-gp", "Non-urgent advice: ")]
    public void Each_level_renders_as_a_card_whose_heading_starts_with_its_hidden_prefix(string name, string prefix)
    {
        var (html, diagnostics) = Render($"::: {name} Do this now\nIf you have:\n\n- a sign\n:::\n");
        Assert.Empty(diagnostics);
        var doc = new HtmlParser().ParseDocument(html);
        var card = Assert.Single(doc.QuerySelectorAll("div.care-card"));
        Assert.Equal($"care-card care-card-{name}", card.ClassName);
        Assert.Equal(prefix, card.QuerySelector(".care-card-heading .visually-hidden")!.TextContent);
        Assert.Equal(prefix + "Do this now", card.QuerySelector(".care-card-heading")!.TextContent);
        Assert.Equal("a sign", card.QuerySelector(".care-card-content li")!.TextContent);
    }

    [Fact]
    public void The_prefixes_come_from_the_site_texts()
    {
        var text = new SiteText(SiteText.Defaults.Values.Select(kv => kv.Key == "card_urgent" ? KeyValuePair.Create(kv.Key, "Dringend:") : kv));
        var (html, _) = Render("::: urgent Heute\nx\n:::\n", text);
        Assert.Contains("<span class=\"visually-hidden\">Dringend: </span>Heute", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_card_without_a_heading_keeps_its_prefix_for_screen_readers()
    {
        var (html, diagnostics) = Render("::: see-gp\nSee a doctor if it lasts.\n:::\n");
        Assert.Empty(diagnostics);
        Assert.DoesNotContain("care-card-heading", html, StringComparison.Ordinal);
        Assert.Contains("<p class=\"visually-hidden\">Non-urgent advice:</p>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("::: warning\nx\n:::\n", "f.md:10:1: error BG041: unknown urgency card 'warning'; the cards are: emergency, urgent, see-gp")]
    [InlineData("text\n\n::: urgent\nx\n", "f.md:12:1: error BG042: urgency card 'urgent' is not closed: end it with a line of ':::'")]
    [InlineData("x\n\n:::\n", "f.md:12:1: error BG041: a ':::' line with no card open: a card starts with its name (::: emergency, ::: urgent, ::: see-gp) and ends with a ':::' line")]
    [InlineData("::::: emergency\nx\n", "f.md:10:1: error BG042: urgency card 'emergency' is not closed: end it with a line of ':::::'")]
    [InlineData("- item\n\n  ::: Urgent\n  x\n  :::\n", "f.md:12:3: error BG041: unknown urgency card 'Urgent'; the cards are: emergency, urgent, see-gp")]
    public void Mistakes_are_reported_at_the_card(string markdown, string expected)
    {
        var (_, diagnostics) = Render(markdown);
        Assert.Equal(expected, Assert.Single(diagnostics).ToString());
    }

    [Fact]
    public void A_card_inside_a_card_is_refused()
    {
        var (_, diagnostics) = Render("::: emergency Outer\n::: urgent Inner\nx\n");
        Assert.Contains(diagnostics, d => d.Code == Codes.NestedCard && d.Line == 11);
    }

    [Fact]
    public void Raw_html_in_a_cards_heading_or_body_is_shown_as_text()
    {
        var (html, diagnostics) = Render("::: emergency <img src=x onerror=alert(1)>\n<script>alert(1)</script>\n:::\n");
        Assert.Contains(diagnostics, d => d.Code == Codes.RawHtml && d.Line == 10);
        Assert.Contains(diagnostics, d => d.Code == Codes.RawHtml && d.Line == 11);
        OutputSafety.AssertSafeHtml(html, "card");
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
    }

    private static readonly string[] Pieces =
    [
        "::: emergency Call now\n", "::: urgent\n", "::: see-gp See a GP\n", ":::\n", "::::\n", "::: warning\n", "::: \"><script>x</script>\n",
        "::: emergency <img src=x onerror=alert(1)>\n", "::: urgent{.x onclick=y}\n", "::: see-gp\u200b\n", ":::emergency\n",
        "text\n", "\n", "- item\n", "  ::: urgent\n", "> ::: emergency\n", "> :::\n", "<div onclick=x>\n", "```\n", "::: emergency ::: urgent\n",
        "[link](other.md)\n", "[bad](javascript:alert(1))\n", "# heading\n", "    ::: emergency\n", "\t:::\n",
    ];

    [Fact]
    public void Random_nests_of_cards_never_throw_stay_positioned_and_render_safely()
    {
        var random = new Random(20261201);
        for (var round = 0; round < 1500; round++)
        {
            var lines = Enumerable.Range(0, random.Next(1, 14)).Select(_ => Pieces[random.Next(Pieces.Length)]);
            var markdown = string.Concat(lines);
            var (html, diagnostics) = Render(markdown);
            var lineCount = markdown.Count(c => c == '\n') + 1;
            foreach (var d in diagnostics)
            {
                Assert.True(d.Line >= 10 && d.Line < 10 + lineCount && d.Column >= 1, $"{d} is outside the file for:\n{markdown}");
            }
            OutputSafety.AssertSafeHtml(html, "random cards:\n" + markdown);
            // Every card that rendered is one of the three levels, whatever the fences said.
            var doc = new HtmlParser().ParseDocument(html);
            foreach (var card in doc.QuerySelectorAll(".care-card"))
            {
                Assert.Contains(card.ClassName, new[] { "care-card care-card-emergency", "care-card care-card-urgent", "care-card care-card-see-gp" });
            }
            var cardErrors = diagnostics.Any(d => d.Code is Codes.UnknownCard or Codes.UnclosedCard or Codes.NestedCard);
            var fences = markdown.Split('\n').Any(l => l.TrimStart(' ', '>').StartsWith(":::", StringComparison.Ordinal));
            if (!fences) Assert.False(cardErrors, markdown);
        }
    }
}
