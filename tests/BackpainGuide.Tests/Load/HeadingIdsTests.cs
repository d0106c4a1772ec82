using BackpainGuide.Diagnostics;
using BackpainGuide.Load;
using BackpainGuide.Tests.Support;
using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace BackpainGuide.Tests.Load;

/// <summary>Our linear heading ids are the ids Markdig's GitHub auto-identifiers gave, so no anchor moves.</summary>
public class HeadingIdsTests
{
    private static readonly MarkdownPipeline MarkdigIds = new MarkdownPipelineBuilder()
        .UsePreciseSourceLocation().UseAutoIdentifiers(AutoIdentifierOptions.GitHub).UsePipeTables()
        .UseEmphasisExtras().UseListExtras().UseAutoLinks().Build();

    private static List<string> Markdig(string markdown) =>
        Markdown.Parse(markdown, MarkdigIds).Descendants<HeadingBlock>().Select(h => h.GetAttributes().Id ?? "").ToList();

    private static List<string> Ours(string markdown) =>
        MarkdownParser.Parse(markdown, 1, "x.md", new DiagnosticBag()).Headings.Select(h => h.Id).ToList();

    public static TheoryData<string> GuideFiles => new(
        Directory.GetFiles(Path.Combine(RepoPaths.Root, "input"), "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Select(f => Path.GetRelativePath(RepoPaths.Root, f)));

    [Theory, MemberData(nameof(GuideFiles))]
    public void The_guide_s_headings_keep_their_ids(string file)
    {
        var text = File.ReadAllText(Path.Combine(RepoPaths.Root, file));
        Assert.Equal(Markdig(text), Ours(text));
    }

    [Theory]
    [InlineData("## a\n## a\n## a-1\n## a\n## A\n## a-2\n")]
    [InlineData("## What to do *and* `how` [urgently](x.md)\n## What to do and how urgently\n")]
    [InlineData("##\n## ---\n## section\n## !!!\n## section-1\n")]
    [InlineData("## Ünïcode ß and émoji 😀\n## a&e 999\n## 1. numbered\n## -leading and trailing-\n")]
    [InlineData("Setext\n------\n\n> ## quoted\n\n- ## in a list\n\n## Setext\n")]
    [InlineData("## <b>html</b> &amp; entities &copy;\n## https://example.org/auto\n## ~~struck~~ text\n")]
    public void Tricky_and_repeated_headings_get_markdig_s_ids(string markdown) => Assert.Equal(Markdig(markdown), Ours(markdown));

    [Fact]
    public void Many_repeats_of_many_bases_match_markdig()
    {
        var random = new Random(8);
        var lines = Enumerable.Range(0, 600).Select(_ => "## " + random.Next(5) switch
        {
            0 => "a",
            1 => "a-" + random.Next(4),
            2 => "b b",
            3 => "b-b-" + random.Next(3),
            _ => "",
        });
        var markdown = string.Join("\n", lines) + "\n";
        Assert.Equal(Markdig(markdown), Ours(markdown));
    }
}
