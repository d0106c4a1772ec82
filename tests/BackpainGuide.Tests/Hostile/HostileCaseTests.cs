using AngleSharp.Html.Parser;
using BackpainGuide.Tests.Support;

namespace BackpainGuide.Tests.Hostile;

/// <summary>
/// tests/fixtures/hostile/&lt;case&gt;.md is a question with one kind of hostile Markdown. It is
/// built into the minimal site; &lt;case&gt;.expected.txt holds the diagnostics it must give and,
/// when the build succeeds, the escaped HTML its answer must render as. Every successful build
/// is then checked page by page with an HTML parser.
/// </summary>
public class HostileCaseTests
{
    public static TheoryData<string> Cases =>
        new(Directory.GetFiles(Path.Combine(RepoPaths.Fixtures, "hostile"), "*.md").Select(f => Path.GetFileNameWithoutExtension(f)).Order(StringComparer.Ordinal));

    [Theory, MemberData(nameof(Cases))]
    public void Hostile_markdown_gives_the_expected_diagnostics_or_escaped_html(string name) => AssertCase(name);

    private static void AssertCase(string name)
    {
        using var temp = new TempFolder();
        var input = Fixtures.CopyInput("valid", "minimal", temp);
        var folder = Path.Combine(RepoPaths.Fixtures, "hostile");
        File.Copy(Path.Combine(folder, name + ".md"), Path.Combine(input, "questions", name + ".md"));

        var result = GuideCli.Run("build", "--quiet", "--input", input, "--output", temp["output"]);

        // Orphan warnings are a property of the test site, not of the case.
        var actual = $"exit {result.ExitCode}\n" +
            string.Concat(result.StdoutLines.Where(l => !l.Contains(" BG101:", StringComparison.Ordinal)).Select(l => l + "\n"));
        if (result.ExitCode == 0)
        {
            var page = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(temp["output"], "questions", name, "index.html")));
            actual += "--- answer html\n" + page.QuerySelector("div.answer")!.InnerHtml.Trim() + "\n";
            OutputSafety.AssertSafe(temp["output"]);
        }
        Assert.True(result.ExitCode is 0 or 1, result.Stderr);
        Golden.AssertMatches(Path.Combine(folder, name + ".expected.txt"), actual);
    }
}
