using BackpainGuide.Cli;
using BackpainGuide.Tests.Support;

namespace BackpainGuide.Tests.Errors;

/// <summary>
/// Errors whose input is too big to commit or cannot be committed (symbolic links): each case
/// starts from the minimal valid fixture, changes it here, and expects exactly these lines.
/// </summary>
public class GeneratedErrorTests
{
    public static readonly TheoryData<string, string> Cases = new()
    {
        { "file-too-large", "input/questions/first.md:1:1: error BG019: file is 1,048,577 bytes; the limit is 1,048,576 bytes" },
        { "line-too-long", "input/questions/first.md:18:20001: error BG029: line is 20,001 characters long; the limit is 20,000" },
        { "markdown-too-deep", "input/questions/first.md:19:33: error BG020: Markdown is nested more than 32 levels deep (lists, quotes or emphasis)" },
        { "markdown-beyond-the-parser-limit", "input/pages/about.md:5:1: error BG020: Markdown is nested too deeply for the parser (more than 32 levels of lists, quotes or emphasis)" },
        // The file stays in validation with its field error, so its missing backlinks are reported too.
        { "file-name-with-newline", "input/questions/bad\\u000Aname.md:1:1: error BG014: file name 'bad\\u000Aname' is not a valid slug: use lower-case a-z, 0-9 and single '-', for example 'bad-name.md'\n"
            + "input/questions/bad\\u000Aname.md:1:1: warning BG101: no other question links to this one or lists it as related; it is reachable only from the index" },
        { "symlink-to-outside-file", "input/questions/linked.md: error BG026: symbolic links are not allowed in the input folder" },
        { "symlinked-pages-folder", "input/pages: error BG026: symbolic links are not allowed in the input folder" },
    };

    [Theory, MemberData(nameof(Cases))]
    public void Check_reports_exactly_one_diagnostic(string name, string expected) => Assert.Equal(expected, Check(name).Stdout.TrimEnd('\n'));

    [Theory, MemberData(nameof(Cases))]
    public void Check_exits_with_1(string name, string _) => Assert.Equal(Runner.ContentErrors, Check(name).ExitCode);

    private static CliResult Check(string name)
    {
        using var temp = new TempFolder();
        var input = Fixtures.CopyInput("valid", "minimal", temp);
        Prepare(name, input, temp);
        return GuideCli.Run("check", "--quiet", "--input", input);
    }

    private static void Prepare(string name, string input, TempFolder temp)
    {
        var first = Path.Combine(input, "questions", "first.md");
        switch (name)
        {
            case "file-too-large":
                // Valid text up to the limit plus one byte, so only the size can be the problem.
                var text = File.ReadAllText(first);
                File.WriteAllText(first, text + new string('a', 1024 * 1024 + 1 - text.Length));
                break;
            case "line-too-long":
                File.AppendAllText(first, new string('a', 20_001) + "\n");
                break;
            case "markdown-too-deep":
                File.AppendAllText(first, "\n" + new string('>', 40) + " deep\n");
                break;
            case "markdown-beyond-the-parser-limit":
                // Markdig itself refuses this deep, before the generator's own depth check runs.
                // In the about page, because no other page links to its headings.
                File.AppendAllText(Path.Combine(input, "pages", "about.md"), "\n" + string.Concat(Enumerable.Repeat("1. ", 200)) + "deep\n");
                break;
            case "file-name-with-newline":
                // A newline in a printed path would start a forged diagnostic line.
                File.WriteAllText(Path.Combine(input, "questions", "bad\nname.md"),
                    File.ReadAllText(first).Replace("Why does my back hurt?", "Why is the name bad?", StringComparison.Ordinal));
                break;
            case "symlink-to-outside-file":
                File.WriteAllText(temp["secret.md"], File.ReadAllText(first).Replace("Why does", "Where does", StringComparison.Ordinal));
                File.CreateSymbolicLink(Path.Combine(input, "questions", "linked.md"), temp["secret.md"]);
                break;
            case "symlinked-pages-folder":
                Directory.Move(Path.Combine(input, "pages"), temp["elsewhere"]);
                Directory.CreateSymbolicLink(Path.Combine(input, "pages"), temp["elsewhere"]);
                break;
            default:
                throw new ArgumentException($"no such case '{name}'", nameof(name));
        }
    }
}
