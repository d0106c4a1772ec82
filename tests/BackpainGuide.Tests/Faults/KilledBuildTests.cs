using System.Diagnostics;
using BackpainGuide.Cli;
using BackpainGuide.Tests.Support;

namespace BackpainGuide.Tests.Faults;

/// <summary>
/// Kills the generator, as a separate process, while it is writing a big site over a previous
/// build: the previous build must be untouched, and the next build must clean up after it.
/// </summary>
public class KilledBuildTests
{
    private static readonly TimeSpan ChildLimit = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task A_build_killed_while_writing_leaves_the_old_output_and_the_next_build_cleans_up()
    {
        using var temp = new TempFolder();
        var output = temp["output"];
        var killed = false;
        // A build that finishes before the poll sees it writing replaces the output legitimately;
        // start again from the previous build then. Three misses in a row fail the test.
        for (var attempt = 0; attempt < 3 && !killed; attempt++)
        {
            if (Directory.Exists(output)) Directory.Delete(output, recursive: true);
            FileTree.Copy(Fixtures.GoodBuild, output);
            var before = FileTree.Fingerprint(output);
            killed = await KillWhileWriting(temp.Path, output);
            if (killed) Assert.Equal(before, FileTree.Fingerprint(output));
        }
        Assert.True(killed, "the build always finished before it could be killed while writing");
        Assert.NotEmpty(Leftovers(temp.Path));

        var next = GuideCli.Run("build", "--quiet", "--input", Fixtures.CopyInput("valid", "minimal", temp), "--output", output);

        Assert.Equal(Runner.Ok, next.ExitCode);
        Assert.Empty(Leftovers(temp.Path));
        Assert.True(File.Exists(Path.Combine(output, "index.html")));
    }

    /// <summary>Starts a build of the big corpus and kills it once its temp folder holds a file.</summary>
    private static async Task<bool> KillWhileWriting(string parent, string output)
    {
        var cancel = TestContext.Current.CancellationToken;
        var dll = Path.Combine(AppContext.BaseDirectory, "BackpainGuide.dll");
        var start = new ProcessStartInfo("dotnet", [dll, "build", "--quiet", "--input", BigCorpus.Input, "--output", output])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        // Drain the pipes: thousands of warnings would otherwise block the child.
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var watch = Stopwatch.StartNew();
        try
        {
            while (!process.HasExited && watch.Elapsed < ChildLimit)
            {
                if (Directory.EnumerateDirectories(parent, ".bg-tmp-output-*").Any(d => Directory.EnumerateFiles(d, "*", SearchOption.AllDirectories).Any()))
                {
                    process.Kill(entireProcessTree: true);
                    await process.WaitForExitAsync(cancel);
                    return true;
                }
                await Task.Delay(5, cancel);
            }
            Assert.True(process.HasExited, $"the build took more than {ChildLimit}");
            return false;
        }
        finally
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
        }
    }

    private static string[] Leftovers(string parent) =>
        Directory.GetDirectories(parent, ".bg-tmp-*").Concat(Directory.GetDirectories(parent, ".bg-old-*")).ToArray();
}
