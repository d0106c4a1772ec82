using System.Xml.Linq;
using BackpainGuide.Cli;
using BackpainGuide.Tests.Support;

namespace BackpainGuide.Tests.Cli;

public class VersionAndProgressTests
{
    private static string ProjectVersion() =>
        XDocument.Load(Path.Combine(Paths.RepoRoot, "backpain-guide", "BackpainGuide.csproj")).Descendants("Version").Single().Value;

    [Fact]
    public void Version_prints_the_projects_version_alone_and_exits_0()
    {
        var result = GuideCli.Run("--version");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal($"backpain-guide {ProjectVersion()}\n", result.Stdout);
        Assert.Equal("", result.Stderr);
    }

    private static CliResult BuildWith(TestSite site, bool terminal, string? ci, params string[] extra)
    {
        site.Question("a", "A?", "[b](b.md)", related: "[b]").Question("b", "B?", "[a](a.md)", related: "[a]");
        var context = new RunContext(TimeProvider.System, name => name == "CI" ? ci : null, terminal);
        return GuideCli.Run(context, ["build", "--input", site.Input, "--output", site.Output, .. extra]);
    }

    [Fact]
    public void Piped_or_in_ci_each_stage_is_a_plain_line_as_before()
    {
        using var site = new TestSite();
        var result = BuildWith(site, terminal: true, ci: "true");
        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain('\r', result.Stderr);
        Assert.DoesNotContain('\u001b', result.Stderr);
        var lines = result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(["loading and rendering", "validating", "linking", "planning", "writing"],
            lines.Where(l => l.StartsWith("  ", StringComparison.Ordinal)).Select(l => l.Trim()[..l.Trim().IndexOf("...", StringComparison.Ordinal)]).Where(s => s != "indexing"));
        Assert.Matches(@"^built 2 questions, \d+ files into ", lines[^1]);
    }

    [Fact]
    public void On_a_terminal_one_live_line_is_rewritten_in_place_and_cleared_before_the_summary()
    {
        using var site = new TestSite();
        var result = BuildWith(site, terminal: true, ci: null);
        Assert.Equal(0, result.ExitCode);
        // Every redraw starts with a carriage return and erase-line; nothing scrolls but the summary.
        Assert.Contains("\r\u001b[2K  loading and rendering...", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("\r\u001b[2K  writing", result.Stderr, StringComparison.Ordinal);
        var lastClear = result.Stderr.LastIndexOf("\r\u001b[2K", StringComparison.Ordinal);
        Assert.Matches(@"^built 2 questions, \d+ files into .*\n$", result.Stderr[(lastClear + 5)..]);
        Assert.Single(result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void Quiet_silences_the_live_line_and_the_stage_lines()
    {
        using var site = new TestSite();
        Assert.Equal("", BuildWith(site, terminal: true, ci: null, "--quiet").Stderr);
        using var piped = new TestSite();
        Assert.Equal("", BuildWith(piped, terminal: false, ci: null, "--quiet").Stderr);
    }

    [Fact]
    public void The_live_line_shows_files_done_out_of_the_total_and_the_time_left()
    {
        var stderr = new StringWriter();
        var display = new ProgressDisplay(stderr, live: true);
        display.Stage("writing");
        Thread.Sleep(150);
        display.Files(500, 2000);
        display.Done();
        Assert.Matches(@"\r\u001b\[2K  writing: 500/2,000 files, \d+(\.\d)? s left", stderr.ToString());
        Assert.EndsWith("\r\u001b[2K", stderr.ToString(), StringComparison.Ordinal);
    }
}
