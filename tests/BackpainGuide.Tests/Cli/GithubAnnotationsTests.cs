using System.Text.RegularExpressions;
using BackpainGuide.Cli;
using BackpainGuide.Diagnostics;
using BackpainGuide.Tests.Support;

namespace BackpainGuide.Tests.Cli;

/// <summary>
/// Content values end up in messages and file names in paths; printed as workflow commands or as
/// job summary rows, they must stay one command and one row, and read back as they were.
/// </summary>
public partial class GithubAnnotationsTests
{
    private const string Forgery = "x\n::error file=input/questions/first.md,line=1::forged\r\n::warning::%0A%25 100% ::set-output name=a::b";

    /// <summary>The runner's unescaping: %0D, %0A (and %3A, %2C in properties), then %25.</summary>
    private static string Unescape(string text, bool property)
    {
        text = text.Replace("%0D", "\r", StringComparison.Ordinal).Replace("%0A", "\n", StringComparison.Ordinal);
        if (property) text = text.Replace("%3A", ":", StringComparison.Ordinal).Replace("%2C", ",", StringComparison.Ordinal);
        return text.Replace("%25", "%", StringComparison.Ordinal);
    }

    [GeneratedRegex("^::(?<kind>error|warning) (?<props>[^:]*)::(?<data>.*)$")]
    private static partial Regex CommandPattern();

    [Fact]
    public void A_hostile_message_and_path_stay_one_command_and_read_back_exactly()
    {
        var d = Diagnostic.Error(Codes.UnknownTag, "input/questions/a:b,c%.md", 4, 8, Forgery);

        var line = GithubAnnotations.Command(d);

        Assert.DoesNotContain('\n', line);
        Assert.DoesNotContain('\r', line);
        var m = CommandPattern().Match(line);
        Assert.True(m.Success, line);
        var props = m.Groups["props"].Value.Split(',').Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => Unescape(p[1], property: true));
        Assert.Equal(["file", "line", "col", "title"], props.Keys);
        Assert.Equal("input/questions/a:b,c%.md", props["file"]);
        Assert.Equal("BG007", props["title"]);
        Assert.Equal(Forgery, Unescape(m.Groups["data"].Value, property: false));
    }

    [Fact]
    public void A_file_level_diagnostic_has_no_line_or_column()
    {
        Assert.Equal("::error file=input/tags.yml,title=BG028::file is missing",
            GithubAnnotations.Command(Diagnostic.Error(Codes.MissingFile, "input/tags.yml", 0, 0, "file is missing")));
        Assert.Equal("::warning file=input/q.md,line=3,col=1,title=BG100::m",
            GithubAnnotations.Command(Diagnostic.Warning(Codes.NoRelated, "input/q.md", 3, 0, "m")));
    }

    [Fact]
    public void Other_control_and_bidi_characters_are_shown_escaped()
    {
        var line = GithubAnnotations.Command(Diagnostic.Error(Codes.UnknownTag, "input/q.md", 1, 1, "a\u001b[31mb\u202Ec\u0000"));
        Assert.EndsWith("::a\\u001B[31mb\\u202Ec\\u0000", line, StringComparison.Ordinal);
    }

    [Fact]
    public void A_hostile_message_stays_one_table_row_of_six_cells_with_no_markup()
    {
        var message = "a | b\n| c | d |\r\n<script>alert(1)</script> [x](javascript:alert(1)) ![i](https://e.org/i.png) **b** `c` ~s~ &amp; $x$ :smile: @someone #1 \\|";
        var d = Diagnostic.Error(Codes.UnknownTag, "input/questions/a|b.md", 4, 8, message);

        var summary = GithubAnnotations.Summary("check", [d]);

        var rows = summary.Split('\n').Where(l => l.StartsWith('|')).ToArray();
        Assert.Equal(3, rows.Length); // header, delimiter, the one diagnostic
        var cells = Regex.Split(rows[2], @"(?<!\\)\|");
        Assert.Equal(8, cells.Length); // empty before the first and after the last border
        var text = cells[6].Trim();
        // Every markup character is escaped; unescaping gives the message back (line breaks as \u000A).
        Assert.DoesNotMatch(@"(?<!\\)[<>\[\]`*~&|!$:#@_]", text.Replace("\\\\", "", StringComparison.Ordinal));
        Assert.Equal(message.Replace("\n", "\\u000A", StringComparison.Ordinal).Replace("\r", "\\u000D", StringComparison.Ordinal),
            Regex.Replace(text, @"\\([\\`*_\[\]!<>&~|$:#@])", "$1"));
    }

    [Fact]
    public void The_summary_counts_errors_and_warnings_and_has_no_table_when_there_is_nothing_to_report()
    {
        Assert.Equal("### backpain-guide check: 0 errors, 0 warnings\n", GithubAnnotations.Summary("check", []));
        var one = GithubAnnotations.Summary("build", [Diagnostic.Error("BG007", "a.md", 1, 1, "m"), Diagnostic.Warning("BG100", "a.md", 1, 1, "n")]);
        Assert.StartsWith("### backpain-guide build: 1 error, 1 warning\n\n| file |", one, StringComparison.Ordinal);
    }

    [Fact]
    public void A_hostile_tag_in_a_question_cannot_add_workflow_commands_to_the_output()
    {
        using var site = new TestSite();
        site.Question("a", "A?", tags: "[\"" + Forgery.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal).Replace("\r", "\\r", StringComparison.Ordinal) + "\"]");
        var summary = Path.Combine(site.Root, "summary.md");

        var text = GuideCli.Run("check", "--quiet", "--input", site.Input);
        var github = GuideCli.Run(GuideCli.Isolated(summary), "check", "--quiet", "--format", "github", "--input", site.Input);

        Assert.Equal(Runner.ContentErrors, github.ExitCode);
        Assert.Equal(text.StdoutLines.Length, github.StdoutLines.Length);
        var unknownTag = Assert.Single(github.StdoutLines, l => l.Contains("title=BG007", StringComparison.Ordinal));
        Assert.StartsWith("::error file=input/questions/a.md,line=4,col=8,title=BG007::unknown tag 'x%0A::error file=", unknownTag, StringComparison.Ordinal);
        Assert.Equal(text.StdoutLines.Length, File.ReadAllLines(summary).Count(l => l.StartsWith("| input", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_summary_file_that_cannot_be_written_is_a_warning_not_a_failure()
    {
        using var temp = new TempFolder();
        var input = Fixtures.CopyInput("valid", "minimal", temp);
        var result = GuideCli.Run(GuideCli.Isolated(Path.Combine(temp.Path, "no-such-folder", "summary.md")), "check", "--quiet", "--format", "github", "--input", input);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("warning: cannot append to GITHUB_STEP_SUMMARY", result.Stderr, StringComparison.Ordinal);
    }
}
