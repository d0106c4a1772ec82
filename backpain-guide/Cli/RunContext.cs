namespace BackpainGuide.Cli;

/// <summary>
/// What a run reads from the machine besides its arguments: the clock (for the date `new` writes),
/// environment variables (GITHUB_STEP_SUMMARY, CI) and whether standard error is a terminal (for
/// the live progress line). Tests pass their own.
/// </summary>
public sealed record RunContext(TimeProvider Clock, Func<string, string?> Environment, bool ErrorIsTerminal = false)
{
    /// <summary>
    /// True when the run is the whole process (the command line), so it may set process-wide
    /// things such as <see cref="CheckMemory"/>; false in tests, which run many builds at once.
    /// </summary>
    public bool OwnsProcess { get; init; }

    public static RunContext Default { get; } = new(TimeProvider.System, System.Environment.GetEnvironmentVariable, !Console.IsErrorRedirected);

    public DateOnly Today => DateOnly.FromDateTime(Clock.GetLocalNow().DateTime);
}
