using BackpainGuide.Diagnostics;

namespace BackpainGuide.Build;

/// <summary>
/// What one run of the pipeline works on. <see cref="Today"/> is the day overdue reviews are judged
/// against (default: today's UTC date); it affects warnings only, never the output. <see cref="Theme"/> is
/// the guide's own theme folder, whose files override the built-in theme's; null for the built-in one alone.
/// </summary>
public sealed record BuildOptions(
    string Input,
    string Output,
    string? Theme,
    string DisplayRoot,
    string? BaseUrl = null,
    bool WriteOutput = true,
    DateOnly? Today = null)
{
    /// <summary>The folders a build reads: the input folder, and the theme folder when there is one.</summary>
    public IReadOnlyList<string> Folders() => Theme is null ? [Input] : [Input, Theme];
    /// <summary>When set, each stage and output unit records its time here (<c>--timings</c>).</summary>
    public Timings? Timings { get; init; }
}
