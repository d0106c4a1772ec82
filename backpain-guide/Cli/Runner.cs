using System.Diagnostics;
using BackpainGuide.Build;
using BackpainGuide.Write;

namespace BackpainGuide.Cli;

/// <summary>Arguments in, exit code out. Diagnostics go to stdout, progress and the summary to stderr.</summary>
public static class Runner
{
    public const int Ok = 0;
    public const int ContentErrors = 1;
    public const int UsageError = 2;
    public const int InternalError = 3;

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr) => Run(args, stdout, stderr, RunContext.Default);

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, RunContext context)
    {
        var (line, error) = CommandLine.Parse(args);
        if (line is null)
        {
            stderr.WriteLine($"error: {error}");
            stderr.WriteLine("Run with --help for usage.");
            return UsageError;
        }
        if (line.Help)
        {
            stdout.WriteLine(CommandLine.Usage);
            return Ok;
        }
        if (line.Version)
        {
            stdout.WriteLine($"backpain-guide {ToolVersion.Text}");
            return Ok;
        }
        if (line.Command == "init") return InitCommand.Run(line, context, stdout, stderr);

        var input = Path.GetFullPath(line.Input);
        if (!Directory.Exists(input))
        {
            stderr.WriteLine($"error: input folder '{line.Input}' does not exist (run from the repository root, or pass --input)");
            return UsageError;
        }
        var cwd = Directory.GetCurrentDirectory();
        var displayRoot = IsInside(input, cwd) ? cwd : Path.GetDirectoryName(input) ?? input;
        if (line.Command == "new") return NewCommand.Run(line, new Load.InputFolder(input, displayRoot), context, stdout, stderr);

        var output = Path.GetFullPath(line.Output);
        var theme = line.Theme is not null ? Path.GetFullPath(line.Theme) : ThemeBeside(input);
        if (line.Theme is not null && !Directory.Exists(theme))
        {
            stderr.WriteLine($"error: theme folder '{line.Theme}' does not exist (leave out --theme to use the built-in theme)");
            return UsageError;
        }
        if (line.Command != "check" && Overlaps(output, input, theme) is { } clash)
        {
            stderr.WriteLine($"error: the output folder '{line.Output}' overlaps {clash}; it is replaced on every build, so choose another folder");
            return UsageError;
        }

        if (line.Command != "check" && OutputFolder.Refusal(line.Output) is { } refusal)
        {
            stderr.WriteLine($"error: {refusal}");
            return UsageError;
        }

        var options = new BuildOptions(input, output, theme, displayRoot, line.BaseUrl, WriteOutput: line.Command != "check")
        {
            Timings = line.Timings ? new Diagnostics.Timings() : null,
        };
        if (line.Command == "serve") return PreviewCommand.Run(options, line.Port, line.Quiet, stdout, stderr, line.Follow);
        return Build(line, options, stdout, stderr, context);
    }

    /// <summary>One build or check: diagnostics to stdout, progress and the summary to stderr.</summary>
    public static int Build(CommandLine line, BuildOptions options, TextWriter stdout, TextWriter stderr, RunContext? context = null)
    {
        var watch = Stopwatch.StartNew();
        context ??= RunContext.Default;
        BuildResult result;
        var display = line.Quiet ? null : new ProgressDisplay(stderr, ProgressDisplay.IsLive(context));
        using var memory = !options.WriteOutput && context.OwnsProcess ? CheckMemory.Hold() : null;
        try
        {
            try
            {
                result = SitePipeline.Run(options, display is null ? null : display.Stage, display is null ? null : display.Files);
            }
            finally
            {
                display?.Done();
            }
        }
        catch (OutputRefusedException ex)
        {
            stderr.WriteLine($"error: {ex.Message}");
            return UsageError;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            stderr.WriteLine($"internal error: {ex.GetType().Name}: {ex.Message}");
            stderr.WriteLine("This is a bug in backpain-guide, not in your content. Please report it with the command you ran");
            stderr.WriteLine("and this message (add --quiet output if you can) as an issue on the project's repository.");
            if (Environment.GetEnvironmentVariable("BACKPAIN_GUIDE_TRACE") == "1") stderr.WriteLine(ex);
            return InternalError;
        }

        DiagnosticOutput.Write(line, result.Diagnostics, stdout, stderr, context);
        if (options.Timings is { } timings) stderr.Write(timings.Report());
        var counts = $"{result.Errors} error{Plural(result.Errors)}, {result.Warnings} warning{Plural(result.Warnings)}";
        if (!result.Succeeded)
        {
            stderr.WriteLine($"{line.Command} failed: {counts}; {(line.Command == "build" ? "the output folder was left as it was" : "nothing was written")}.");
            return ContentErrors;
        }
        if (!line.Quiet)
        {
            stderr.WriteLine(line.Command == "build"
                ? $"built {result.Questions} questions, {result.FilesWritten} files into {line.Output} in {watch.ElapsedMilliseconds} ms ({counts})"
                : $"checked {result.Questions} questions in {watch.ElapsedMilliseconds} ms: {counts}");
        }
        return Ok;
    }

    /// <summary>The guide's own theme/ beside the input folder, whose files override the built-in theme's; null when there is none.</summary>
    private static string? ThemeBeside(string input)
    {
        var beside = Path.Combine(Path.GetDirectoryName(input) ?? input, "theme");
        return Directory.Exists(beside) ? beside : null;
    }

    private static string? Overlaps(string output, string input, string? theme)
    {
        foreach (var (dir, what) in new[] { (input, "the input folder"), (theme, "the theme folder") })
        {
            if (dir is not null && (IsInside(output, dir) || IsInside(dir, output))) return what;
        }
        return null;
    }

    private static bool IsInside(string path, string folder)
    {
        var p = Path.TrimEndingDirectorySeparator(path) + Path.DirectorySeparatorChar;
        var f = Path.TrimEndingDirectorySeparator(folder) + Path.DirectorySeparatorChar;
        return p.StartsWith(f, StringComparison.Ordinal);
    }

    private static string Plural(int n) => n == 1 ? "" : "s";
}
