namespace BackpainGuide.Build;

/// <summary>What one run of the pipeline works on.</summary>
public sealed record BuildOptions(
    string Input,
    string Output,
    string Theme,
    string DisplayRoot,
    string? BaseUrl = null,
    bool WriteOutput = true);
