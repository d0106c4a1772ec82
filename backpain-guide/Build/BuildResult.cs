using BackpainGuide.Diagnostics;

namespace BackpainGuide.Build;

public sealed record BuildResult(IReadOnlyList<Diagnostic> Diagnostics, int Questions, int FilesWritten)
{
    public int Errors => Diagnostics.Count(d => d.Severity == Severity.Error);

    public int Warnings => Diagnostics.Count(d => d.Severity == Severity.Warning);

    public bool Succeeded => Errors == 0;
}
