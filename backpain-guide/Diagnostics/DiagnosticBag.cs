namespace BackpainGuide.Diagnostics;

/// <summary>Collects diagnostics from stages that may run in parallel.</summary>
public sealed class DiagnosticBag
{
    /// <summary>
    /// Most diagnostics printed for one file. One hostile file can make tens of thousands (a link
    /// per line to a missing heading); the first ones say what is wrong, and a closing line counts
    /// the rest, so the output stays readable and its size bounded whatever the input.
    /// </summary>
    public const int MaxPerFile = 50;

    private readonly List<Diagnostic> items = [];

    public void Add(Diagnostic diagnostic)
    {
        lock (items) items.Add(diagnostic);
    }

    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        lock (items) items.AddRange(diagnostics);
    }

    public bool HasErrors
    {
        get { lock (items) return items.Exists(d => d.Severity == Severity.Error); }
    }

    /// <summary>Every diagnostic, in no particular order and none held back: for merging bags.</summary>
    public IReadOnlyList<Diagnostic> All()
    {
        lock (items) return items.ToList();
    }

    /// <summary>Every diagnostic in print order, at most <see cref="MaxPerFile"/> per file plus one line counting the rest.</summary>
    public IReadOnlyList<Diagnostic> Sorted()
    {
        List<Diagnostic> copy;
        lock (items) copy = items.ToList();
        copy.Sort(Diagnostic.Compare);
        var result = new List<Diagnostic>(Math.Min(copy.Count, 1024));
        for (var i = 0; i < copy.Count;)
        {
            var end = i;
            while (end < copy.Count && copy[end].Path == copy[i].Path) end++;
            var shown = Math.Min(end - i, MaxPerFile);
            result.AddRange(copy.Skip(i).Take(shown));
            if (end - i > shown) result.Add(Summary(copy, i + shown, end));
            i = end;
        }
        return result;
    }

    private static Diagnostic Summary(List<Diagnostic> sorted, int from, int to)
    {
        var first = sorted[from];
        var errors = 0;
        for (var k = from; k < to; k++) if (sorted[k].Severity == Severity.Error) errors++;
        var hidden = to - from;
        return new Diagnostic(errors > 0 ? Severity.Error : Severity.Warning, Codes.MoreDiagnostics, first.Path, first.Line, first.Column,
            $"and {hidden:N0} more {(hidden == 1 ? "diagnostic" : "diagnostics")} in this file ({errors:N0} {(errors == 1 ? "error" : "errors")}) from here on; fix these first")
        {
            Errors = errors,
            Warnings = hidden - errors,
        };
    }
}
