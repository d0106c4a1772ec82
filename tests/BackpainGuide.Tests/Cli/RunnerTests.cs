using BackpainGuide.Cli;
using BackpainGuide.Tests.Support;

namespace BackpainGuide.Tests.Cli;

public class RunnerTests
{
    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = Runner.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Theory]
    [InlineData("--bogus")]
    [InlineData("publish")]
    [InlineData("--base-url", "ftp://x")]
    [InlineData("--input")]
    public void Usage_errors_exit_with_2(params string[] args)
    {
        var (code, _, err) = Run(args);
        Assert.Equal(Runner.UsageError, code);
        Assert.StartsWith("error: ", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_explains_commands_options_and_exit_codes()
    {
        var (code, output, _) = Run("--help");
        Assert.Equal(0, code);
        foreach (var word in new[] { "build", "check", "--input", "--output", "--base-url", "--quiet", "Exit codes" })
        {
            Assert.Contains(word, output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Build_writes_the_site_and_summarises_on_stderr()
    {
        using var site = new TestSite();
        site.Question("a", "A?", "[b](b.md)", related: "[b]").Question("b", "B?", "[a](a.md)", related: "[a]");
        var (code, output, err) = Run("build", "--input", site.Input, "--output", site.Output);
        Assert.Equal(0, code);
        Assert.Equal("", output);
        Assert.Matches(@"built 2 questions, \d+ files into .* in \d+ ms \(0 errors, 0 warnings\)", err);
        Assert.True(File.Exists(Path.Combine(site.Output, "questions", "a", "index.html")));
    }

    [Fact]
    public void Check_reports_errors_with_exit_code_1_and_writes_nothing()
    {
        using var site = new TestSite();
        site.Question("a", "A?", tags: "[nope, red-flag]");
        var (code, output, err) = Run("check", "--quiet", "--input", site.Input, "--output", site.Output);
        Assert.Equal(1, code);
        Assert.Contains("a.md:4:8: error BG007: unknown tag 'nope'", output, StringComparison.Ordinal);
        Assert.Contains("check failed: 1 error", err, StringComparison.Ordinal);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void An_output_folder_overlapping_the_input_is_refused()
    {
        using var site = new TestSite();
        site.Question("a", "A?");
        var (code, _, err) = Run("build", "--input", site.Input, "--output", Path.Combine(site.Input, "out"));
        Assert.Equal(Runner.UsageError, code);
        Assert.Contains("overlaps the input folder", err, StringComparison.Ordinal);
    }

    [Fact]
    public void A_failed_build_leaves_the_previous_output_untouched()
    {
        using var site = new TestSite();
        site.Question("a", "A?", related: "[b]").Question("b", "B?", related: "[a]");
        Assert.Equal(0, Run("build", "-q", "--input", site.Input, "--output", site.Output).Code);
        var before = Site.DeterminismTests.Fingerprint(site.Output);
        site.Question("b", "B?", related: "[missing]");
        Assert.Equal(1, Run("build", "-q", "--input", site.Input, "--output", site.Output).Code);
        Assert.Equal(before, Site.DeterminismTests.Fingerprint(site.Output));
        Assert.Empty(Directory.GetDirectories(site.Root, ".bg-*"));
    }
}
