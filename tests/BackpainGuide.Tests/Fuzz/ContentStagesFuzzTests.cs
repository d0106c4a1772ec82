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

    private static readonly Lazy<BodyMap?> Map = new(() =>
        RegionsLoader.Load(new InputFolder(RepoPaths.Input, RepoPaths.Root).File("regions.yml"), new DiagnosticBag()).Map);

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

    [Fact]
    public void A_line_separator_anywhere_in_front_matter_is_refused_where_a_reader_sees_it()
    {
        var seeds = Directory.GetFiles(RepoPaths.QuestionsOf(RepoPaths.Input), "*.md").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();
        var gen = Gen.Select(Gen.Int[0, seeds.Length - 1], Gen.Int[0, int.MaxValue], Gen.Int[0, int.MaxValue], Gen.OneOf('\u2028', '\u2029', '\u0085'));
        gen.Sample((seed, lineAt, columnAt, separator) =>
        {
            var lines = seeds[seed].Split('\n');
            var fence = Array.IndexOf(lines, "---", 1);
            var line = 1 + lineAt % (fence - 1); // a 0-based index inside the front matter
            var column = columnAt % (lines[line].Length + 1);
            lines[line] = lines[line].Insert(column, separator.ToString());
            var bag = new DiagnosticBag();
            var file = new InputFile($"/fuzz/input/questions/{FuzzedSlug}.md", $"input/questions/{FuzzedSlug}.md");
            Assert.Null(QuestionLoader.Load(file, string.Join('\n', lines), bag));
            var d = Assert.Single(bag.Sorted(), x => x.Code == Codes.LineSeparator);
            Assert.Equal((line + 1, column + 1), (d.Line, d.Column));
        }, iter: 300);
    }

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
        // Printed diagnostics quote content: nothing in them may break or reorder a line.
        foreach (var d in bag.Sorted())
        {
            var printed = d.ToString();
            Assert.False(printed.Any(c => char.IsControl(c) || c is '\u2028' or '\u2029' or '\u200E' or '\u200F' or '\u061C' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069')),
                $"diagnostic prints a raw line-breaking or direction character: {printed}");
        }
        if (question is not null)
        {
            var (site, tags, slugs) = Real.Value;
            // With the guide's body map, so that the questions' where: values name real areas.
            var content = new GuideContent(site, tags, [question], [], new LinkResolver(slugs.Append(question.Slug).ToHashSet(), new HashSet<string>()), [])
            {
                Map = Map.Value,
            };
            ContentValidator.Validate(content, bag);
            if (!bag.HasErrors)
            {
                AssertAccepted(question, file);
                OutputSafety.AssertSafeHtml(new MarkdownRenderer(content.Links, new Urls(site)).Render(question.Body), "rendered body");
                Interlocked.Increment(ref rendered);
            }
        }
        Assert.True(watch.Elapsed < PerFile, $"one file took {watch.Elapsed}");
    }

    /// <summary>What an accepted file can no longer hold: names with a newline, hidden line breaks in its YAML.</summary>
    private static void AssertAccepted(Question question, byte[] file)
    {
        Assert.True(Slug.IsValid(question.Slug), question.Slug);
        foreach (var value in question.Tags.Concat(question.Related)) Assert.True(Slug.IsValid(value.Value), $"accepted tag or related '{value.Value}'");
        var text = System.Text.Encoding.UTF8.GetString(file);
        var yaml = FrontMatter.Split(text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').TrimStart('\uFEFF'), "f", new DiagnosticBag())!.Yaml;
        Assert.False(yaml.AsSpan().IndexOfAny('\u2028', '\u2029', '\u0085') >= 0, "accepted front matter holds a line separator");
    }

    private static Question? Load(byte[] bytes, DiagnosticBag bag)
    {
        var file = new InputFile($"/fuzz/input/questions/{FuzzedSlug}.md", $"input/questions/{FuzzedSlug}.md");
        return SourceText.Decode(bytes, file.DisplayPath, bag) is { } text ? QuestionLoader.Load(file, text, bag) : null;
    }
}
