namespace BackpainGuide.Diagnostics;

/// <summary>Collects diagnostics from stages that may run in parallel.</summary>
public sealed class DiagnosticBag
{
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

    public IReadOnlyList<Diagnostic> Sorted()
    {
        lock (items)
        {
            var copy = items.ToList();
            copy.Sort(Diagnostic.Compare);
            return copy;
        }
    }
}
