namespace BackpainGuide.Cli;

/// <summary>
/// What a run reads from the machine besides its arguments: the clock (for the date `new` writes)
/// and environment variables (GITHUB_STEP_SUMMARY). Tests pass their own.
/// </summary>
public sealed record RunContext(TimeProvider Clock, Func<string, string?> Environment)
{
    public static RunContext Default { get; } = new(TimeProvider.System, System.Environment.GetEnvironmentVariable);

    public DateOnly Today => DateOnly.FromDateTime(Clock.GetLocalNow().DateTime);
}
