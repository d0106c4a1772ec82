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
        var path = Printable(Path);
        var where = Line > 0 ? $"{path}:{Line}:{Math.Max(Column, 1)}" : path;
        return $"{where}: {kind} {Code}: {Printable(Message)}";
    }

    /// <summary>
    /// Messages quote content values, and paths are file names. Control characters (U+0085
    /// among them), line and paragraph separators and bidi controls and marks in them are
    /// escaped, so that a value cannot start a forged diagnostic line, send terminal escape codes
    /// or reorder text.
    /// </summary>
    private static string Printable(string text)
    {
        if (!text.Any(NeedsEscape)) return text;
        var sb = new System.Text.StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            if (NeedsEscape(c)) sb.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
            else sb.Append(c);
        }
        return sb.ToString();
    }

    private static bool NeedsEscape(char c) =>
        char.IsControl(c) || c is '\u2028' or '\u2029' or '\u200E' or '\u200F' or '\u061C' or >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069';

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
