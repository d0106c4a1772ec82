using System.Text.RegularExpressions;
using BackpainGuide.Diagnostics;
using BackpainGuide.Load;
using BackpainGuide.Tests.Support;

namespace BackpainGuide.Tests.Content;

/// <summary>The guide's own content: every seed question answered, sourced, tagged and reachable.</summary>
public partial class GuideContentTests(Site.RealGuideFixture fixture) : IClassFixture<Site.RealGuideFixture>
{
    /// <summary>The twelve reader questions of the seed document (typos fixed).</summary>
    public static readonly TheoryData<string> SeedQuestions = new(
        "How do I get rid of lower back pain while running?",
        "Is running OK if you have lower back pain?",
        "Why does my lower back cramp when I run?",
        "How do you prevent lower back tightness when running?",
        "Is the plank good for lower back pain?",
        "Why does my lower back keep tightening up?",
        "What kind of back pain does running cause?",
        "Why does my lower back hurt on both sides?",
        "What are the symptoms of sciatica in the lower back?",
        "Why does my lower back hurt when I have my period?",
        "When does your lower back hurt when you run?",
        "What causes burning sensation in lower back and legs?");

    private static readonly string[] Vocabulary = ["cause", "remedy", "red-flag"];

    public static TheoryData<string> Slugs() => Site.RealGuideTests.QuestionSlugs();

    private static BackpainGuide.Model.Question Load(string slug)
    {
        var file = new InputFile(Path.Combine(Paths.Input, "questions", slug + ".md"), slug + ".md");
        var bag = new DiagnosticBag();
        var question = QuestionLoader.Load(file, File.ReadAllText(file.FullPath), bag);
        Assert.False(bag.HasErrors, string.Join('\n', bag.Sorted()));
        return question!;
    }

    [Theory]
    [MemberData(nameof(SeedQuestions))]
    public void Every_seed_question_is_a_page_title(string title)
    {
        Assert.Contains(fixture.Site.Pages.Values, doc => doc.QuerySelector("article.question-page h1")?.TextContent == title);
    }

    [Fact]
    public void The_guide_has_at_least_ten_questions_beyond_the_seed() => Assert.True(fixture.Questions.Count >= 35, $"{fixture.Questions.Count} questions");

    [Theory]
    [MemberData(nameof(Slugs))]
    public void Every_question_is_sourced_dated_tagged_related_and_indexed(string slug)
    {
        var q = Load(slug);
        Assert.Contains(q.Sources, s => UrlPolicy.IsHttpUrl(s.Url.Value));
        Assert.InRange(q.Reviewed.Value, new DateOnly(2020, 1, 1), new DateOnly(2100, 1, 1));
        Assert.NotEmpty(q.Tags);
        Assert.All(q.Tags, t => Assert.Contains(t.Value, Vocabulary));
        Assert.NotEmpty(q.Related);
        var home = fixture.Site.Pages["index.html"];
        Assert.Contains(home.QuerySelectorAll("a"), a => a.GetAttribute("href") == $"/backpain-guide/questions/{slug}/");
    }

    [Theory]
    [MemberData(nameof(Slugs))]
    public void Every_red_flag_page_says_what_to_do_and_how_urgently(string slug)
    {
        var q = Load(slug);
        if (!q.Tags.Any(t => t.Value == "red-flag")) return;
        var doc = fixture.Site.Pages[$"questions/{slug}/index.html"];
        var heading = doc.QuerySelectorAll(".answer h2").FirstOrDefault(h => h.TextContent == "What to do and how urgently");
        Assert.NotNull(heading);
        var section = string.Concat(SectionAfter(heading).Select(e => e.TextContent));
        Assert.Contains("Call 999 or go to A&E now", section, StringComparison.Ordinal);
        Assert.Matches(UrgencyLevel(), section);
    }

    [Fact]
    public void There_are_red_flag_pages() =>
        Assert.True(fixture.Questions.Count(s => Load(s).Tags.Any(t => t.Value == "red-flag")) >= 2);

    [Fact]
    public void No_question_is_an_orphan()
    {
        foreach (var slug in fixture.Questions)
        {
            var doc = fixture.Site.Pages[$"questions/{slug}/index.html"];
            Assert.True(doc.QuerySelectorAll(".backlinks a").Length > 0, $"{slug}: no other question links here");
        }
    }

    [Fact]
    public void About_and_disclaimer_pages_exist()
    {
        var about = fixture.Site.Pages["about/index.html"].QuerySelector(".plain-page")!.TextContent;
        Assert.Contains("report", about, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("published by the backpain-guide project", about, StringComparison.Ordinal);
        Assert.Contains("not a diagnosis", fixture.Site.Pages["disclaimer/index.html"].Body!.TextContent, StringComparison.OrdinalIgnoreCase);
    }

    private static IEnumerable<AngleSharp.Dom.IElement> SectionAfter(AngleSharp.Dom.IElement heading)
    {
        for (var e = heading.NextElementSibling; e is not null && e.TagName != "H2"; e = e.NextElementSibling) yield return e;
    }

    [GeneratedRegex("Get help today|See a GP or physiotherapist")]
    private static partial Regex UrgencyLevel();
}
