using BackpainGuide.Cli;
using BackpainGuide.Tests.Support;

namespace BackpainGuide.Tests.Errors;

/// <summary>
/// One folder under tests/fixtures/errors per kind of content error. `check` must print exactly
/// the diagnostics in the fixture's expected.txt and fail; `build` must fail without touching
/// the previous output.
/// </summary>
public class ErrorFixtureTests
{
    public static TheoryData<string> Errors => Fixtures.Names("errors");

    public static TheoryData<string> Warnings => Fixtures.Names("warnings");

    [Theory, MemberData(nameof(Errors))]
    public void Check_prints_the_expected_diagnostics_and_exits_with_1(string name) => AssertCheck("errors", name, Runner.ContentErrors);

    [Theory, MemberData(nameof(Warnings))]
    public void Check_prints_the_expected_warnings_and_exits_with_0(string name) => AssertCheck("warnings", name, Runner.Ok);

    [Theory, MemberData(nameof(Errors))]
    public void Build_fails_and_leaves_the_previous_output_byte_for_byte_unchanged(string name) => AssertBuildKeepsOutput(name);

    private static void AssertCheck(string group, string name, int exitCode)
    {
        using var temp = new TempFolder();
        var input = Fixtures.CopyInput(group, name, temp);
        var result = GuideCli.Run("check", "--quiet", "--input", input);
        Golden.AssertMatches(Path.Combine(Fixtures.Folder(group, name), "expected.txt"), result.Stdout);
        Assert.True(exitCode == result.ExitCode, $"exit code {result.ExitCode}; stderr: {result.Stderr}");
    }

    private static void AssertBuildKeepsOutput(string name)
    {
        using var temp = new TempFolder();
        var input = Fixtures.CopyInput("errors", name, temp);
        FileTree.Copy(Fixtures.GoodBuild, temp["output"]);
        var before = FileTree.Fingerprint(temp.Path);

        var result = GuideCli.Run("build", "--quiet", "--input", input, "--output", temp["output"]);

        Assert.Equal(Runner.ContentErrors, result.ExitCode);
        Assert.Equal(before, FileTree.Fingerprint(temp.Path));
    }
}
