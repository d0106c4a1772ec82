namespace BackpainGuide.Tests.Support;

/// <summary>
/// The fixture folders under tests/fixtures, and copies of them to work on. Each test copies the
/// fixture's input/ to a temp folder, so that diagnostics name "input/..." wherever the tests
/// run from, and so that nothing a test does can change the committed fixture.
/// </summary>
internal static class Fixtures
{
    private static readonly Lazy<string> GoodBuildFolder = new(BuildGoodSite);

    public static TheoryData<string> Names(string group) =>
        new(Directory.GetDirectories(Path.Combine(RepoPaths.Fixtures, group)).Select(d => Path.GetFileName(d)).Order(StringComparer.Ordinal));

    public static string Folder(string group, string name) => Path.Combine(RepoPaths.Fixtures, group, name);

    /// <summary>Copies the fixture's input/ to <paramref name="temp"/>/input and returns that path.</summary>
    public static string CopyInput(string group, string name, TempFolder temp)
    {
        var input = temp["input"];
        FileTree.Copy(Path.Combine(Folder(group, name), "input"), input);
        return input;
    }

    /// <summary>The minimal valid fixture, built once per test run: a "previous good build".</summary>
    public static string GoodBuild => GoodBuildFolder.Value;

    private static string BuildGoodSite()
    {
        var temp = new TempFolder();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => temp.Dispose();
        var input = CopyInput("valid", "minimal", temp);
        var result = GuideCli.Run("build", "--quiet", "--input", input, "--output", temp["output"]);
        Assert.True(result.ExitCode == 0, result.Stdout + result.Stderr);
        return temp["output"];
    }
}
