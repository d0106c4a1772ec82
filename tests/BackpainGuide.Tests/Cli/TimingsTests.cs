using BackpainGuide.Cli;
using BackpainGuide.Tests.Support;

namespace BackpainGuide.Tests.Cli;

/// <summary>--timings: where a build's time went, on stderr, never in the output or on stdout.</summary>
public class TimingsTests
{
    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = Runner.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void A_build_with_timings_reports_every_stage_and_the_units_that_made_bytes()
    {
        using var temp = new TempFolder();
        var input = Path.Combine(Paths.Fixtures, "valid", "minimal", "input");
        var (code, stdout, stderr) = Run("build", "-q", "--timings", "--input", input, "--output", temp["out"], "--theme", Paths.Theme);
        Assert.Equal(0, code);
        Assert.DoesNotContain("timings", stdout, StringComparison.Ordinal);
        foreach (var stage in new[] { "loading and rendering", "validating", "linking", "planning", "writing", "total" })
        {
            Assert.Matches($@"(?m)^  {stage} +\d+ ms +\d+\.\d%", stderr);
        }
        // Units, with their file counts, and the file system's and GC's share.
        Assert.Matches(@"(?m)^    question pages +\d+ ms +\d+\.\d% +2 files", stderr);
        // The search index is built beside the writing, so it is a unit of that stage, not a stage.
        Assert.DoesNotMatch(@"(?m)^  indexing ", stderr);
        Assert.Matches(@"(?m)^    search index, built beside the pages +\d+ ms +\d+\.\d% +0 files", stderr);
        Assert.Matches(@"(?m)^    file system \(create, write\) +\d+ ms", stderr);
        Assert.Matches(@"(?m)^gc: \d+ ms paused .* peak working set \d+ MiB$", stderr);
        // The same site as a build without timings: measuring changes nothing.
        var (again, _, _) = Run("build", "-q", "--input", input, "--output", temp["plain"], "--theme", Paths.Theme);
        Assert.Equal(0, again);
        Assert.Equal(OutputHashes.Files(temp["plain"]), OutputHashes.Files(temp["out"]));
    }

    [Fact]
    public void A_check_with_timings_reports_its_stages_and_writes_nothing()
    {
        using var temp = new TempFolder();
        var input = Path.Combine(Paths.Fixtures, "valid", "minimal", "input");
        var (code, _, stderr) = Run("check", "-q", "--timings", "--input", input, "--theme", Paths.Theme);
        Assert.Equal(0, code);
        Assert.Matches(@"(?m)^  validating +\d+ ms", stderr);
        Assert.DoesNotMatch(@"(?m)^  writing ", stderr);
    }

    [Theory]
    [InlineData("serve")]
    [InlineData("new", "Why?", "--tags", "cause")]
    public void Timings_apply_only_to_build_and_check(params string[] args)
    {
        var (code, _, stderr) = Run([.. args, "--timings"]);
        Assert.Equal(Runner.UsageError, code);
        Assert.Contains("--timings applies only to build and check", stderr, StringComparison.Ordinal);
    }
}
