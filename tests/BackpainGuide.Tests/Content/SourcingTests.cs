using System.Text.RegularExpressions;
using BackpainGuide.Diagnostics;
using BackpainGuide.Load;
using BackpainGuide.Model;
using BackpainGuide.Tests.Support;

namespace BackpainGuide.Tests.Content;

/// <summary>Every question cites enough sources, one of them guideline-level, cites NICE NG59 with its 2020 update, and has a next review date.</summary>
public partial class SourcingTests(Site.RealGuideFixture fixture) : IClassFixture<Site.RealGuideFixture>
{
    public static TheoryData<string> Slugs() => Site.RealGuideTests.QuestionSlugs();

    private static Question Load(string slug)
    {
        var file = new InputFile(Path.Combine(Paths.Input, "questions", slug + ".md"), slug + ".md");
        var bag = new DiagnosticBag();
        var question = QuestionLoader.Load(file, File.ReadAllText(file.FullPath), bag);
        Assert.False(bag.HasErrors, string.Join('\n', bag.Sorted()));
        return question!;
    }

    /// <summary>NICE (guidelines and CKS), the NHS and UK government (national guidelines such as the Chief Medical Officers').</summary>
    public static bool IsGuidelineLevel(SourceRef s) =>
        Uri.TryCreate(s.Url.Value, UriKind.Absolute, out var uri)
        && (uri.Host is "nice.org.uk" or "nhs.uk" or "gov.uk" || uri.Host.EndsWith(".nice.org.uk", StringComparison.Ordinal)
            || uri.Host.EndsWith(".nhs.uk", StringComparison.Ordinal) || uri.Host.EndsWith(".gov.uk", StringComparison.Ordinal));

    [Theory]
    [MemberData(nameof(Slugs))]
    public void Every_question_has_two_sources_and_a_guideline_level_one(string slug)
    {
        var q = Load(slug);
        Assert.True(q.Sources.Count >= 2, $"{q.Sources.Count} source(s)");
        Assert.Contains(q.Sources, IsGuidelineLevel);
    }

    [Fact]
    public void A_journal_alone_is_not_guideline_level()
    {
        Assert.False(IsGuidelineLevel(new SourceRef("Trial", "Journal", 2017, new("https://doi.org/10.1136/emermed-2016-206353", 1, 1))));
        Assert.False(IsGuidelineLevel(new SourceRef("Look-alike", "NHS", null, new("https://nhs.uk.example.org/x", 1, 1))));
        Assert.True(IsGuidelineLevel(new SourceRef("CKS", "NICE", null, new("https://cks.nice.org.uk/topics/sciatica-lumbar-radiculopathy/", 1, 1))));
    }

    [Theory]
    [MemberData(nameof(Slugs))]
    public void NG59_is_cited_with_its_2020_update(string slug)
    {
        foreach (var s in Load(slug).Sources.Where(s => s.Title.Contains("NG59", StringComparison.Ordinal) || s.Url.Value.Contains("/ng59", StringComparison.OrdinalIgnoreCase)))
        {
            Assert.Contains("last updated 2020", s.Title, StringComparison.Ordinal);
        }
        var text = fixture.Site.Pages[$"questions/{slug}/index.html"].QuerySelector(".answer")!.TextContent;
        foreach (var sentence in Sentence().Split(text))
        {
            if ((sentence.Contains("NG59", StringComparison.Ordinal) || sentence.Contains("NICE", StringComparison.Ordinal))
                && sentence.Contains("2016", StringComparison.Ordinal))
            {
                Assert.Contains("2020", sentence, StringComparison.Ordinal);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Slugs))]
    public void Every_question_is_due_for_review_a_year_after_it_was_reviewed(string slug)
    {
        var q = Load(slug);
        Assert.NotNull(q.NextReview);
        Assert.Equal(q.Reviewed.Value.AddMonths(12), q.NextReview.Value.Value);
        Assert.Contains("Next review due", fixture.Site.Pages[$"questions/{slug}/index.html"].QuerySelector(".reviewed")!.TextContent, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"(?<=[.!?])\s+")]
    private static partial Regex Sentence();
}
