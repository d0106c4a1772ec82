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
        { "file-name-with-newline", "input/questions/bad\\u000Aname.md:1:1: error BG014: file name 'bad\\u000Aname' is not a valid slug: use lower-case a-z, 0-9 and single '-', for example 'bad-name.md'" },
        { "symlink-to-outside-file", "input/questions/linked.md: error BG026: symbolic links are not allowed in the input folder" },
        { "symlinked-pages-folder", "input/pages: error BG026: symbolic links are not allowed in the input folder" },
        { "too-many-headings", "input/questions/first.md:2017:1: error BG050: more than 1,000 headings in one file; split the page" },
        { "synonym-group-too-big", "input/synonyms.yml:102:5: error BG052: 101 synonyms in one group; a group may have at most 100" },
        { "zero-width-space-in-heading", "input/questions/first.md:15:8: error BG053: heading has an invisible format character, U+200B: remove it (its id would not match what readers see)" },
        { "synonym-not-plain-words", "input/synonyms.yml:1:19: error BG054: synonym '__proto__' has the character U+005F; use letters, digits, and spaces, '-', '&' or apostrophes between words" },
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
                File.Copy(first, Path.Combine(input, "questions", "bad\nname.md"));
                break;
            case "symlink-to-outside-file":
                File.WriteAllText(temp["secret.md"], File.ReadAllText(first).Replace("Why does", "Where does", StringComparison.Ordinal));
                File.CreateSymbolicLink(Path.Combine(input, "questions", "linked.md"), temp["secret.md"]);
                break;
            case "symlinked-pages-folder":
                Directory.Move(Path.Combine(input, "pages"), temp["elsewhere"]);
                Directory.CreateSymbolicLink(Path.Combine(input, "pages"), temp["elsewhere"]);
                break;
            case "too-many-headings":
                File.AppendAllText(first, string.Concat(Enumerable.Range(0, 1_000).Select(i => $"\n## Part {i}\n")));
                break;
            case "synonym-group-too-big":
                File.WriteAllText(Path.Combine(input, "synonyms.yml"), "-\n" + string.Concat(Enumerable.Range(0, 101).Select(i => $"  - \"word{i}\"\n")));
                break;
            case "zero-width-space-in-heading":
                // The id would still be "details" (the character is dropped), under a heading readers see differently.
                File.WriteAllText(first, File.ReadAllText(first).Replace("## Details", "## Deta\u200Bils", StringComparison.Ordinal));
                break;
            case "synonym-not-plain-words":
                // "__proto__" would be the word "proto" to the tokenizer, and a prototype lookup to careless JavaScript.
                File.WriteAllText(Path.Combine(input, "synonyms.yml"), "- [\"paracetamol\", \"__proto__\"]\n");
                break;
            default:
                throw new ArgumentException($"no such case '{name}'", nameof(name));
        }
    }
}
