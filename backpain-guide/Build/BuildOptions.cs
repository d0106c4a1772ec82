using BackpainGuide.Diagnostics;

namespace BackpainGuide.Build;

/// <summary>
/// What one run of the pipeline works on. <see cref="Today"/> is the day overdue reviews are judged
/// against (default: today's UTC date); it affects warnings only, never the output.
/// </summary>
public sealed record BuildOptions(
    string Input,
    string Output,
    string Theme,
    string DisplayRoot,
    string? BaseUrl = null,
    bool WriteOutput = true,
    DateOnly? Today = null)
{
    /// <summary>When set, each stage and output unit records its time here (<c>--timings</c>).</summary>
    public Timings? Timings { get; init; }
}
