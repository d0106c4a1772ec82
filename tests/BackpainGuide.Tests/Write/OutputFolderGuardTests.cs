using BackpainGuide.Cli;
using BackpainGuide.Tests.Support;

namespace BackpainGuide.Tests.Write;

/// <summary>
/// A build replaces its output folder whole. It may do that only to a folder it wrote itself
/// (the marker file says so) or to an empty one; anything else given as --output is refused as a
/// usage error and left exactly as it was.
/// </summary>
public class OutputFolderGuardTests
{
    private const string Marker = ".backpain-guide-output";

    private static CliResult Build(TempFolder temp, string output) =>
        GuideCli.Run("build", "--quiet", "--input", Fixtures.CopyInput("valid", "minimal", temp), "--output", output);

    [Fact]
    public void A_folder_of_the_users_own_files_is_refused_and_left_as_it_was()
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(temp["documents/letters"]);
        File.WriteAllText(temp["documents/letters/dear-gp.txt"], "my own file");
        var before = FileTree.Fingerprint(temp["documents"]);

        var result = Build(temp, temp["documents"]);

        Assert.Equal(Runner.UsageError, result.ExitCode);
        Assert.Contains("was not written by backpain-guide", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(before, FileTree.Fingerprint(temp["documents"]));
        Assert.Empty(Directory.GetFileSystemEntries(temp.Path, ".bg-*"));
    }

    [Fact]
    public void A_file_is_refused_and_left_as_it_was()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp["notes.txt"], "my notes");

        var result = Build(temp, temp["notes.txt"]);

        Assert.Equal(Runner.UsageError, result.ExitCode);
        Assert.Contains("is a file, not a folder", result.Stderr, StringComparison.Ordinal);
        Assert.Equal("my notes", File.ReadAllText(temp["notes.txt"]));
        Assert.Empty(Directory.GetFileSystemEntries(temp.Path, ".bg-*"));
    }

    [Fact]
    public void A_symbolic_link_is_refused()
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(temp["real"]);
        Directory.CreateSymbolicLink(temp["link"], temp["real"]);

        Assert.Equal(Runner.UsageError, Build(temp, temp["link"]).ExitCode);
        Assert.Equal(temp["real"], new DirectoryInfo(temp["link"]).LinkTarget);
    }

    [Fact]
    public void An_empty_folder_is_used()
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(temp["empty"]);

        Assert.Equal(Runner.Ok, Build(temp, temp["empty"]).ExitCode);
        Assert.True(File.Exists(temp["empty/index.html"]));
    }

    [Fact]
    public void A_previous_build_carries_the_marker_and_is_replaced()
    {
        using var temp = new TempFolder();
        Assert.Equal(Runner.Ok, Build(temp, temp["output"]).ExitCode);
        Assert.True(File.Exists(temp["output/" + Marker]));
        File.WriteAllText(temp["output/stale.html"], "from an older build");

        var again = GuideCli.Run("build", "--quiet", "--input", temp["input"], "--output", temp["output"]);

        Assert.Equal(Runner.Ok, again.ExitCode);
        Assert.False(File.Exists(temp["output/stale.html"]));
        Assert.True(File.Exists(temp["output/" + Marker]));
    }

    [Fact]
    public void Check_never_looks_at_the_output_folder()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp["notes.txt"], "my notes");
        var result = GuideCli.Run("check", "--quiet", "--input", Fixtures.CopyInput("valid", "minimal", temp), "--output", temp["notes.txt"]);
        Assert.Equal(Runner.Ok, result.ExitCode);
    }
}
