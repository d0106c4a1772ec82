using System.Diagnostics;
using BackpainGuide.Cli;
using BackpainGuide.Tests.Faults;
using BackpainGuide.Tests.Support;

namespace BackpainGuide.Tests.Cli;

/// <summary>
/// check as its own process runs without garbage collections (Cli/CheckMemory.cs), and finds the
/// same problems; in a process shared with other runs (these tests) it leaves the collector alone.
/// </summary>
public class CheckMemoryTests
{
    [Fact]
    public async Task A_check_process_runs_without_collections_and_reports_what_an_ordinary_check_reports()
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "BackpainGuide.dll");
        var start = new ProcessStartInfo("dotnet", [dll, "check", "--quiet", "--timings", "--input", BigCorpus.Input])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = await process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);

        Assert.Equal(Runner.Ok, process.ExitCode);
        var gc = Assert.Single(stderr.Split('\n'), l => l.StartsWith("gc:", StringComparison.Ordinal));
        Assert.EndsWith(", no collection while checking", gc);

        var inProcess = GuideCli.Run("check", "--quiet", "--timings", "--input", BigCorpus.Input);
        Assert.Equal(Runner.Ok, inProcess.ExitCode);
        Assert.DoesNotContain("no collection while checking", inProcess.Stderr);
        Assert.Equal(inProcess.Stdout, (await stdout).Replace("\r\n", "\n"));
    }
}
