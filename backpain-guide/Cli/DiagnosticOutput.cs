using BackpainGuide.Diagnostics;

namespace BackpainGuide.Cli;

/// <summary>Prints diagnostics to stdout in the format chosen with <c>--format</c>.</summary>
public static class DiagnosticOutput
{
    public static void Write(CommandLine line, IReadOnlyList<Diagnostic> diagnostics, TextWriter stdout, TextWriter stderr, RunContext context)
    {
        switch (line.Format)
        {
            case "json":
                stdout.WriteLine(JsonDiagnostics.Write(diagnostics));
                break;
            case "github":
                foreach (var d in diagnostics) stdout.WriteLine(GithubAnnotations.Command(d));
                AppendJobSummary(line.Command, diagnostics, stderr, context);
                break;
            default:
                foreach (var d in diagnostics) stdout.WriteLine(d.ToString());
                break;
        }
    }

    /// <summary>GitHub names the job summary file in GITHUB_STEP_SUMMARY; elsewhere there is none.</summary>
    private static void AppendJobSummary(string command, IReadOnlyList<Diagnostic> diagnostics, TextWriter stderr, RunContext context)
    {
        if (context.Environment("GITHUB_STEP_SUMMARY") is not { Length: > 0 } path) return;
        try
        {
            File.AppendAllText(path, GithubAnnotations.Summary(command, diagnostics));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The annotations are already printed; a summary that cannot be written is not a content error.
            stderr.WriteLine($"warning: cannot append to GITHUB_STEP_SUMMARY '{path}': {ex.Message}");
        }
    }
}
