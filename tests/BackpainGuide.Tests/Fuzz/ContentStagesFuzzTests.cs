using System.Diagnostics;
using BackpainGuide.Diagnostics;
using BackpainGuide.Load;
using BackpainGuide.Model;
using BackpainGuide.Render;
using BackpainGuide.Tests.Hostile;
using BackpainGuide.Tests.Support;
using BackpainGuide.Validate;
using CsCheck;
using GuideContent = BackpainGuide.Load.Content;

namespace BackpainGuide.Tests.Fuzz;

/// <summary>
/// Mutated real question files through decoding, loading, validation and rendering: each ends in
/// a question or in error diagnostics, never in an exception or a hang.
/// </summary>
public class ContentStagesFuzzTests
{
    private static readonly TimeSpan PerFile = TimeSpan.FromSeconds(5);

    private static readonly Lazy<(SiteSettings Site, IReadOnlyList<TagDefinition> Tags, HashSet<string> Slugs)> Real = new(() =>
    {
        var input = new InputFolder(RepoPaths.Input, RepoPaths.Root);
        var bag = new DiagnosticBag();
        // Only the fuzzed question is validated, so the real urgent question is not there to name:
        // the fuzzed one stands in for it, as the urgent-help link must lead somewhere.
        var site = SettingsLoader.LoadSite(input.File("site.yml"), bag, null)! with { UrgentQuestion = FuzzedSlug };
        var tags = SettingsLoader.LoadTags(input.File("tags.yml"), bag)!;
        var slugs = Directory.GetFiles(RepoPaths.QuestionsOf(RepoPaths.Input), "*.md").Select(f => Path.GetFileNameWithoutExtension(f)).ToHashSet();
        Assert.False(bag.HasErrors);
        return (site, tags, slugs);
    });

    private const int Samples = 1400;

    private const string FuzzedSlug = "fuzzed-question";

    private static int rendered;

    [Fact]
    public async Task Mutated_question_files_give_a_question_or_errors_and_never_throw_or_hang()
    {
        await Within(TimeSpan.FromSeconds(90), () => MutatedQuestion.Gen.Sample(m => Check(m.Bytes()), iter: Samples, threads: 2, print: m => m.ToString()));
        // Most mutations break a file early; make sure enough still get as far as the renderer.
        Assert.True(rendered > Samples / 10, $"only {rendered} of {Samples} samples were rendered");
    }

    [Fact]
    public async Task Random_markdown_bodies_give_html_or_errors_and_never_throw_or_hang() =>
        await Within(TimeSpan.FromSeconds(60), () => RandomQuestion.Gen.Sample(q => Check(q.Bytes()), iter: 600, threads: 2, print: q => q.ToString()));

    /// <summary>Runs on a worker so that a hang fails the test instead of stalling the whole run.</summary>
    internal static async Task Within(TimeSpan limit, Action action)
    {
        var cancel = TestContext.Current.CancellationToken;
        var run = Task.Run(action, cancel);
        var first = await Task.WhenAny(run, Task.Delay(limit, cancel));
        Assert.True(first == run, $"did not finish in {limit.TotalSeconds} s: some input hangs a stage");
        await run;
    }

    private static void Check(byte[] file)
    {
        var watch = Stopwatch.StartNew();
        var bag = new DiagnosticBag();
        var question = Load(file, bag);
        Assert.True(question is not null || bag.HasErrors, "no question and no error");
        if (question is not null)
        {
            var (site, tags, slugs) = Real.Value;
            var content = new GuideContent(site, tags, [question], [], new LinkResolver(slugs.Append(question.Slug).ToHashSet(), new HashSet<string>()), []);
            ContentValidator.Validate(content, bag);
            if (!bag.HasErrors)
            {
                OutputSafety.AssertSafeHtml(new MarkdownRenderer(content.Links, new Urls(site)).Render(question.Body), "rendered body");
                Interlocked.Increment(ref rendered);
            }
        }
        Assert.True(watch.Elapsed < PerFile, $"one file took {watch.Elapsed}");
    }

    private static Question? Load(byte[] bytes, DiagnosticBag bag)
    {
        var file = new InputFile($"/fuzz/input/questions/{FuzzedSlug}.md", $"input/questions/{FuzzedSlug}.md");
        return SourceText.Decode(bytes, file.DisplayPath, bag) is { } text ? QuestionLoader.Load(file, text, bag) : null;
    }
}
