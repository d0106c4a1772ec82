using BackpainGuide.Diagnostics;

namespace BackpainGuide.Build;

public sealed record BuildResult(IReadOnlyList<Diagnostic> Diagnostics, int Questions, int FilesWritten)
{
    public int Errors => Diagnostics.Sum(d => d.Errors);

    public int Warnings => Diagnostics.Sum(d => d.Warnings);

    public bool Succeeded => Errors == 0;
}
