using BackpainGuide.Cli;
using BackpainGuide.Tests.Support;

namespace BackpainGuide.Tests.Errors;

/// <summary>
/// Errors whose input is too big to commit or cannot be committed (symbolic links, FIFOs, odd
/// file names): each case starts from the minimal valid fixture (and, for theme cases, a copy of
/// the theme beside it), changes it here, and expects exactly these lines.
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
        { "symlink-to-outside-file", "input/questions/linked.md:1:1: error BG026: " + Link },
        { "symlinked-pages-folder", "input/pages:1:1: error BG026: " + Link },
        { "symlink-with-another-extension", "input/questions/notes.txt:1:1: error BG026: " + Link },
        { "symlinked-question-subfolder", "input/questions/more:1:1: error BG026: " + Link },
        { "symlinked-settings-file", "input/tags.yml:1:1: error BG026: " + Link },
        { "symlinked-theme-asset", "theme/assets/env.css:1:1: error BG026: " + Link },
        { "symlinked-theme-assets-folder", "theme/assets:1:1: error BG026: " + Link },
        // A refused override is an error, never a silent fall-back to the built-in template of that name.
        { "symlinked-template", "theme/templates/tag.sbn:1:1: error BG026: " + Link },
        { "fifo-question", "input/questions/waiting.md:1:1: error BG026: " + Special },
        { "fifo-settings-file", "input/site.yml:1:1: error BG026: " + Special },
        { "fifo-theme-asset", "theme/assets/pipe.css:1:1: error BG026: " + Special },
        { "asset-name-with-newline", "theme/assets/a\\u000A.css:1:1: error BG061: asset file names may use only a-z, A-Z, 0-9, '.', '_' and '-': the name becomes part of every page's URLs" },
        { "file-name-with-trailing-newline", "input/questions/other\\u000A.md:1:1: error BG014: file name 'other\\u000A' is not a valid slug: use lower-case a-z, 0-9 and single '-', for example 'other.md'\n"
            + "input/questions/other\\u000A.md:1:1: warning BG101: no other question links to this one or lists it as related; it is reachable only from the index\n"
            + "input/questions/other\\u000A.md:2:8: error BG010: title 'Why does my back hurt?' is already used by input/questions/first.md; merge the two or reword one" },
        { "tag-name-with-trailing-newline", "input/tags.yml:4:9: error BG027: tag name 'remedy\\u000A' must be a slug (a-z, 0-9 and '-')" },
        { "urgent-question-with-trailing-newline", "input/site.yml:6:18: error BG027: urgent_question 'first\\u000A' must be the slug of a question" },
        { "line-separator-in-settings", "input/site.yml:2:26: error BG060: U+0085 (next line) is not allowed in front matter or settings: YAML reads it as a line break, so one visible line could hide another field; remove it" },
        { "urgent-guidance-tag-renamed", "input/tags.yml:1:1: error BG062: tags.yml must define the tag 'red-flag': pages tagged with it carry the warning box, and without urgent_question every page's urgent-help link leads to its tag page" },
        { "urgent-guidance-tag-renamed-with-urgent-question", "input/tags.yml:1:1: error BG062: tags.yml must define the tag 'red-flag': pages tagged with it carry the warning box, and without urgent_question every page's urgent-help link leads to its tag page" },
        { "urgent-guidance-with-no-red-flag-question", "input/site.yml:1:1: error BG062: every page's urgent-help link leads to the 'red-flag' tag page, but no question is tagged red-flag: tag the questions about warning signs, or name one in urgent_question" },
        { "too-many-headings", "input/questions/first.md:2017:1: error BG050: more than 1,000 headings in one file; split the page" },
        { "synonym-group-too-big", "input/synonyms.yml:102:5: error BG052: 101 synonyms in one group; a group may have at most 100" },
        { "zero-width-space-in-heading", "input/questions/first.md:15:8: error BG053: heading has an invisible format character, U+200B: remove it (its id would not match what readers see)" },
        { "synonym-not-plain-words", "input/synonyms.yml:1:19: error BG054: synonym '__proto__' has the character U+005F; use letters, digits, and spaces, '-', '&' or apostrophes between words" },
        { "synonym-group-mapping-not-urgent", "input/synonyms.yml:1:3: error BG055: a group written as a mapping must be 'urgent: [...]', a list of an emergency sign's words or phrases" },
        { "language-without-stemmer", "input/site.yml:4:11: error BG056: search has no stemmer for language 'ja'; it supports da, de, en, es, fi, fr, it, nl, no, pt, sv (any region, such as en-GB or fr-CA)" },
    };

    private const string Link = "symbolic links are not read: replace the link with the file or folder itself";

    private const string Special = "this is a FIFO, socket or device, not a regular file: it is not read";

    [Theory, MemberData(nameof(Cases))]
    public void Check_reports_exactly_these_diagnostics(string name, string expected) => Assert.Equal(expected, Check(name).Stdout.TrimEnd('\n'));

    [Theory, MemberData(nameof(Cases))]
    public void Check_exits_with_1(string name, string _) => Assert.Equal(Runner.ContentErrors, Check(name).ExitCode);

    private static CliResult Check(string name)
    {
        using var temp = new TempFolder();
        var input = Fixtures.CopyInput("valid", "minimal", temp);
        FileTree.Copy(Paths.Theme, temp["theme"]);
        Prepare(name, input, temp);
        // On a worker with a time limit: before FIFOs were refused, reading one blocked for ever.
        var run = Task.Run(() => GuideCli.Run("check", "--quiet", "--input", input), TestContext.Current.CancellationToken);
        Assert.True(run.Wait(TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken), "check did not finish: it is blocked reading something");
        return run.Result;
    }

    private static void Edit(string file, string from, string to)
    {
        var text = File.ReadAllText(file);
        Assert.Contains(from, text, StringComparison.Ordinal);
        File.WriteAllText(file, text.Replace(from, to, StringComparison.Ordinal));
    }

    /// <summary>A named pipe: opening it for reading waits until something writes to it.</summary>
    private static void MakeFifo(string path)
    {
        using var mkfifo = System.Diagnostics.Process.Start("mkfifo", [path])!;
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
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
            case "symlink-with-another-extension":
                // Not a content name, but refused all the same: nothing behind a link is read.
                File.CreateSymbolicLink(Path.Combine(input, "questions", "notes.txt"), "/etc/passwd");
                break;
            case "symlinked-question-subfolder":
                Directory.CreateSymbolicLink(Path.Combine(input, "questions", "more"), "/etc");
                break;
            case "symlinked-settings-file":
                File.Move(Path.Combine(input, "tags.yml"), temp["tags.yml"]);
                File.CreateSymbolicLink(Path.Combine(input, "tags.yml"), temp["tags.yml"]);
                break;
            case "symlinked-theme-asset":
                // The attack: the build machine's environment (CI tokens) published as a stylesheet.
                File.CreateSymbolicLink(temp["theme/assets/env.css"], "/proc/self/environ");
                break;
            case "symlinked-theme-assets-folder":
                Directory.Move(temp["theme/assets"], temp["elsewhere"]);
                Directory.CreateSymbolicLink(temp["theme/assets"], temp["elsewhere"]);
                break;
            case "symlinked-template":
                File.Move(temp["theme/templates/tag.sbn"], temp["tag.sbn"]);
                File.CreateSymbolicLink(temp["theme/templates/tag.sbn"], temp["tag.sbn"]);
                break;
            case "fifo-question":
                MakeFifo(Path.Combine(input, "questions", "waiting.md"));
                break;
            case "fifo-settings-file":
                File.Delete(Path.Combine(input, "site.yml"));
                MakeFifo(Path.Combine(input, "site.yml"));
                break;
            case "fifo-theme-asset":
                MakeFifo(temp["theme/assets/pipe.css"]);
                break;
            case "asset-name-with-newline":
                File.WriteAllText(temp["theme/assets/a\n.css"], "p { color: red; }\n");
                break;
            case "file-name-with-trailing-newline":
                // .NET's '$' matches before a final newline: "other\n" once passed as a slug.
                File.Copy(first, Path.Combine(input, "questions", "other\n.md"));
                break;
            case "tag-name-with-trailing-newline":
                Edit(Path.Combine(input, "tags.yml"), "name: remedy", "name: \"remedy\\n\"");
                break;
            case "urgent-question-with-trailing-newline":
                File.AppendAllText(Path.Combine(input, "site.yml"), "urgent_question: \"first\\n\"\n");
                break;
            case "line-separator-in-settings":
                // One visible line that YAML reads as two: a second "language" key.
                Edit(Path.Combine(input, "site.yml"), "\"A tiny guide for tests.\"", "A tiny guide\u0085language: xx");
                break;
            case "urgent-guidance-tag-renamed":
                // The attack: rename the tag (and its uses); the banners then linked to a missing page.
                Edit(Path.Combine(input, "tags.yml"), "name: red-flag", "name: warning-sign");
                Edit(Path.Combine(input, "questions", "second.md"), "red-flag]", "warning-sign]");
                break;
            case "urgent-guidance-tag-renamed-with-urgent-question":
                // The link has a target, but every warning box would vanish without a word.
                Edit(Path.Combine(input, "tags.yml"), "name: red-flag", "name: warning-sign");
                Edit(Path.Combine(input, "questions", "second.md"), "red-flag]", "warning-sign]");
                File.AppendAllText(Path.Combine(input, "site.yml"), "urgent_question: \"second\"\n");
                break;
            case "urgent-guidance-with-no-red-flag-question":
                Edit(Path.Combine(input, "questions", "second.md"), "[remedy, red-flag]", "[remedy]");
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
            case "synonym-group-mapping-not-urgent":
                File.WriteAllText(Path.Combine(input, "synonyms.yml"), "- signs: [\"numb bum\", \"ces\"]\n");
                break;
            case "language-without-stemmer":
                Edit(Path.Combine(input, "site.yml"), "language: \"en\"", "language: \"ja\"");
                break;
            default:
                throw new ArgumentException($"no such case '{name}'", nameof(name));
        }
    }
}
