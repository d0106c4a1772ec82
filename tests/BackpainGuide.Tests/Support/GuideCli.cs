using BackpainGuide.Cli;

namespace BackpainGuide.Tests.Support;

internal sealed record CliResult(int ExitCode, string Stdout, string Stderr)
{
    public string[] StdoutLines => Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}

/// <summary>Runs the command line in-process, the way the program's Main does.</summary>
internal static class GuideCli
{
    public static CliResult Run(params string[] args) => Run(Isolated(), args);

    /// <summary>With a given clock and environment (GITHUB_STEP_SUMMARY...), as the command reads them.</summary>
    public static CliResult Run(RunContext context, params string[] args)
    {
        using var stdout = new StringWriter { NewLine = "\n" };
        using var stderr = new StringWriter { NewLine = "\n" };
        var code = Runner.Run(args, stdout, stderr, context);
        return new CliResult(code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>
    /// The real clock, and no environment: a test run inside GitHub Actions must not append to
    /// the job's real summary.
    /// </summary>
    public static RunContext Isolated(string? stepSummary = null, TimeProvider? clock = null) =>
        new(clock ?? TimeProvider.System, name => name == "GITHUB_STEP_SUMMARY" ? stepSummary : null);
}
