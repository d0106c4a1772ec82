namespace BackpainGuide.Diagnostics;

public enum Severity
{
    Warning,
    Error,
}

/// <summary>
/// One finding about the input. Stages return these instead of throwing, so that a single run
/// reports every problem at once. Line and column are 1-based and count from the top of the file.
/// </summary>
public sealed record Diagnostic(Severity Severity, string Code, string Path, int Line, int Column, string Message)
{
    public override string ToString()
    {
        var kind = Severity == Severity.Error ? "error" : "warning";
        var where = Line > 0 ? $"{Path}:{Line}:{Math.Max(Column, 1)}" : Path;
        return $"{where}: {kind} {Code}: {Message}";
    }

    public static Diagnostic Error(string code, string path, int line, int column, string message) =>
        new(Severity.Error, code, path, line, column, message);

    public static Diagnostic Warning(string code, string path, int line, int column, string message) =>
        new(Severity.Warning, code, path, line, column, message);

    /// <summary>Order used for printing: by file, then position, then code, so output is stable.</summary>
    public static int Compare(Diagnostic? a, Diagnostic? b)
    {
        if (ReferenceEquals(a, b)) return 0;
        if (a is null) return -1;
        if (b is null) return 1;
        var c = string.CompareOrdinal(a.Path, b.Path);
        if (c != 0) return c;
        c = a.Line.CompareTo(b.Line);
        if (c != 0) return c;
        c = a.Column.CompareTo(b.Column);
        if (c != 0) return c;
        c = string.CompareOrdinal(a.Code, b.Code);
        return c != 0 ? c : string.CompareOrdinal(a.Message, b.Message);
    }
}
