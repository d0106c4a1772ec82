using BackpainGuide.Tests.Support;
using CsCheck;

namespace BackpainGuide.Tests.Fuzz;

/// <summary>
/// Whole builds of the real guide with one question file mutated: each ends in exit 0 or 1,
/// never in an internal error or a hang, and nothing is written beside the output folder.
/// </summary>
public class PipelineFuzzTests
{
    private const int Samples = 150;

    private static int succeeded;

    [Fact]
    public async Task Builds_with_a_mutated_file_end_cleanly_and_write_only_the_output_folder()
    {
        await ContentStagesFuzzTests.Within(TimeSpan.FromSeconds(300), () => MutatedQuestion.Gen.Sample(Build, iter: Samples, threads: 2));
        // Both outcomes must be exercised: failed builds and builds that write a site.
        Assert.True(succeeded > Samples / 10, $"only {succeeded} of {Samples} builds succeeded");
    }

    private static void Build(MutatedQuestion sample)
    {
        using var temp = new TempFolder();
        FileTree.Copy(RepoPaths.Input, temp["input"]);
        File.WriteAllBytes(Path.Combine(temp["input"], "questions", sample.Seed), sample.Bytes());
        Directory.CreateDirectory(temp["site"]);
        var before = FileTree.Fingerprint(temp.Path);

        var result = GuideCli.Run("build", "--quiet", "--input", temp["input"], "--output", temp["site/output"]);

        Assert.True(result.ExitCode is 0 or 1, $"exit {result.ExitCode}: {result.Stderr}");
        Assert.True(result.ExitCode == 0 || result.Stdout.Contains(": error BG", StringComparison.Ordinal), "failed without an error diagnostic");
        Assert.Equal(result.ExitCode == 0, File.Exists(temp["site/output/index.html"]));
        if (result.ExitCode == 0) Interlocked.Increment(ref succeeded);
        var after = FileTree.Fingerprint(temp.Path);
        foreach (var key in after.Keys.Where(k => k == "site/output" || k.StartsWith("site/output/", StringComparison.Ordinal)).ToList()) after.Remove(key);
        Assert.Equal(before, after);
    }
}
