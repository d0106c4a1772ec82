using System.Text.RegularExpressions;
using BackpainGuide.Cli;
using BackpainGuide.Tests.GitHub;
using BackpainGuide.Tests.Support;

namespace BackpainGuide.Tests.Cli;

public class InitCommandTests
{
    private static readonly string[] ScaffoldFiles =
    [
        ".github/workflows/check.yml", ".github/workflows/pages.yml", ".gitignore", "README.md",
        "input/pages/about.md", "input/questions/when-should-i-get-urgent-help.md", "input/site.yml", "input/tags.yml",
    ];

    [Fact]
    public void Init_writes_the_scaffold_into_a_new_folder_and_lists_its_files()
    {
        using var temp = new TempFolder();
        var result = GuideCli.Run("init", temp["guides/knee"]);
        Assert.True(result.ExitCode == 0, result.Stderr);
        var written = Directory.EnumerateFiles(temp["guides/knee"], "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(temp["guides/knee"], f).Replace('\\', '/')).Order(StringComparer.Ordinal);
        Assert.Equal(ScaffoldFiles, written);
        Assert.Equal(ScaffoldFiles.Select(f => temp["guides/knee"] + "/" + f), result.StdoutLines);
        Assert.Contains("backpain-guide build", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void The_scaffold_passes_check_and_build_with_no_errors()
    {
        using var temp = new TempFolder();
        Assert.Equal(0, GuideCli.Run("init", temp["guide"]).ExitCode);
        var input = temp["guide/input"];
        var check = GuideCli.Run("check", "--input", input);
        Assert.True(check.ExitCode == 0, check.Stdout + check.Stderr);
        Assert.DoesNotContain(" error ", check.Stdout, StringComparison.Ordinal);
        var build = GuideCli.Run("build", "--quiet", "--input", input, "--output", temp["guide/output"]);
        Assert.True(build.ExitCode == 0, build.Stdout + build.Stderr);
        var site = new BuiltSite(temp["guide/output"], "/my-guide/");
        SiteStructure.AssertAll(site, "https://example.org/my-guide/", "en", "/my-guide/questions/when-should-i-get-urgent-help/");
    }

    [Theory]
    [InlineData("file")]
    [InlineData("not-empty")]
    [InlineData("hidden-file")]
    [InlineData("symlink")]
    public void Init_refuses_anything_but_a_new_or_empty_folder_with_exit_code_2_and_writes_nothing(string kind)
    {
        using var temp = new TempFolder();
        var target = temp["target"];
        switch (kind)
        {
            case "file":
                File.WriteAllText(target, "mine");
                break;
            case "not-empty":
                Directory.CreateDirectory(target);
                File.WriteAllText(Path.Combine(target, "notes.txt"), "mine");
                break;
            case "hidden-file":
                Directory.CreateDirectory(target);
                File.WriteAllText(Path.Combine(target, ".git"), "mine");
                break;
            case "symlink":
                Directory.CreateDirectory(temp["elsewhere"]);
                Directory.CreateSymbolicLink(target, temp["elsewhere"]);
                break;
        }
        var before = Directory.EnumerateFileSystemEntries(temp.Path, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();

        var result = GuideCli.Run("init", target);

        Assert.Equal(Runner.UsageError, result.ExitCode);
        Assert.Matches(new Regex("^error: '.*target' is (a file|not empty|a symbolic link); "), result.Stderr);
        Assert.Equal("", result.Stdout);
        Assert.Equal(before, Directory.EnumerateFileSystemEntries(temp.Path, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Init_without_a_folder_is_a_usage_error()
    {
        var result = GuideCli.Run("init");
        Assert.Equal(Runner.UsageError, result.ExitCode);
        Assert.StartsWith("error: init needs the folder", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_folder_is_accepted()
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(temp["empty"]);
        Assert.Equal(0, GuideCli.Run("init", "--quiet", temp["empty"]).ExitCode);
        Assert.True(File.Exists(temp["empty/input/site.yml"]));
    }

    /// <summary>The scaffold is for any topic: none of this guide's own words, so a knee or asthma guide starts clean.</summary>
    [Fact]
    public void The_scaffold_names_no_topic_of_this_guide()
    {
        var forbidden = new Regex(@"\bback\b|spine|spinal|lumbar|sciatica|cauda|equina|runner|running|A&E|\b999\b", RegexOptions.IgnoreCase);
        foreach (var (path, bytes) in InitCommand.Files(new DateOnly(2026, 12, 1)))
        {
            // The tool's own name and its repository are allowed: they say what builds the guide.
            var text = System.Text.Encoding.UTF8.GetString(bytes).Replace("backpain-guide", "TOOL", StringComparison.Ordinal);
            Assert.False(forbidden.IsMatch(text), $"{path}: '{forbidden.Match(text).Value}'");
        }
    }

    [Fact]
    public void The_scaffold_carries_the_tools_version_and_todays_date()
    {
        var files = InitCommand.Files(new DateOnly(2026, 12, 1)).ToDictionary(f => f.Path, f => System.Text.Encoding.UTF8.GetString(f.Bytes));
        Assert.Contains("reviewed: 2026-12-01\n", files["input/questions/when-should-i-get-urgent-help.md"], StringComparison.Ordinal);
        Assert.Contains($"--version {ToolVersion.Text} ", files[".github/workflows/check.yml"], StringComparison.Ordinal);
        Assert.DoesNotContain(files.Values, text => text.Contains("@TOOL_VERSION@", StringComparison.Ordinal) || text.Contains("@TODAY@", StringComparison.Ordinal));
    }

    [Fact]
    public void The_scaffolds_workflows_pass_actionlint()
    {
        using var temp = new TempFolder();
        Assert.Equal(0, GuideCli.Run("init", "--quiet", temp["guide"]).ExitCode);
        foreach (var workflow in new[] { "check.yml", "pages.yml" })
        {
            var result = WorkflowLintTests.Lint(temp[$"guide/.github/workflows/{workflow}"]);
            Assert.True(result.ExitCode == 0, workflow + ": " + result.Stdout + result.Stderr);
            Assert.Equal("", result.Stdout);
        }
    }
}
