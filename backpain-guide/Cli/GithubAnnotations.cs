using System.Globalization;
using System.Text;
using BackpainGuide.Diagnostics;

namespace BackpainGuide.Cli;

/// <summary>
/// Diagnostics for GitHub Actions: workflow commands (<c>::error file=…,line=…,col=…,title=BGnnn::message</c>)
/// that put each one on its line of the pull request, and a Markdown table for the job summary,
/// since GitHub shows only the first ten annotations of each kind per step.
/// </summary>
public static class GithubAnnotations
{
    /// <summary>
    /// One workflow command, always one line. GitHub reads '%', CR and LF escaped as %25, %0D and
    /// %0A, and in properties also ':' and ',' as %3A and %2C; so a value cannot end the command
    /// early or start another. Other control and bidi characters are shown as \uXXXX, as in text.
    /// </summary>
    public static string Command(Diagnostic d)
    {
        var sb = new StringBuilder("::").Append(d.Severity == Severity.Error ? "error" : "warning");
        sb.Append(" file=").Append(Escape(d.Path, property: true));
        if (d.Line > 0)
        {
            sb.Append(",line=").Append(d.Line.ToString(CultureInfo.InvariantCulture));
            sb.Append(",col=").Append(Math.Max(d.Column, 1).ToString(CultureInfo.InvariantCulture));
        }
        sb.Append(",title=").Append(Escape(d.Code, property: true));
        return sb.Append("::").Append(Escape(d.Message, property: false)).ToString();
    }

    /// <summary>The job summary: a heading with the counts, then every diagnostic as a table row.</summary>
    public static string Summary(string command, IReadOnlyList<Diagnostic> diagnostics)
    {
        var errors = diagnostics.Count(d => d.Severity == Severity.Error);
        var warnings = diagnostics.Count - errors;
        var sb = new StringBuilder();
        sb.Append("### backpain-guide ").Append(command).Append(": ")
            .Append(errors.ToString(CultureInfo.InvariantCulture)).Append(errors == 1 ? " error, " : " errors, ")
            .Append(warnings.ToString(CultureInfo.InvariantCulture)).Append(warnings == 1 ? " warning" : " warnings").Append('\n');
        if (diagnostics.Count == 0) return sb.ToString();
        sb.Append('\n').Append("| file | line | column | severity | code | message |\n");
        sb.Append("| --- | ---: | ---: | --- | --- | --- |\n");
        foreach (var d in diagnostics)
        {
            sb.Append("| ").Append(Cell(d.Path))
                .Append(" | ").Append(d.Line > 0 ? d.Line.ToString(CultureInfo.InvariantCulture) : "")
                .Append(" | ").Append(d.Line > 0 ? Math.Max(d.Column, 1).ToString(CultureInfo.InvariantCulture) : "")
                .Append(" | ").Append(d.Severity == Severity.Error ? "error" : "warning")
                .Append(" | ").Append(Cell(d.Code))
                .Append(" | ").Append(Cell(d.Message)).Append(" |\n");
        }
        return sb.ToString();
    }

    private static string Escape(string text, bool property)
    {
        var sb = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            switch (c)
            {
                case '%': sb.Append("%25"); break;
                case '\r': sb.Append("%0D"); break;
                case '\n': sb.Append("%0A"); break;
                case ':' when property: sb.Append("%3A"); break;
                case ',' when property: sb.Append("%2C"); break;
                default: AppendPrintable(sb, c); break;
            }
        }
        return sb.ToString();
    }

    /// <summary>
    /// Characters that mean something inside a GitHub table cell: the cell border, code, emphasis,
    /// strikethrough, links and images, HTML and entities, math, emoji codes, mentions and issue
    /// references. CommonMark lets any ASCII punctuation be backslash-escaped.
    /// </summary>
    private const string CellSpecials = "\\`*_[]!<>&~|$:#@";

    /// <summary>
    /// A table cell shows its text literally: the characters above are backslash-escaped (GitHub's
    /// tables read "\|" as a pipe, not a border), and line breaks, which would end the row, are
    /// shown as \uXXXX like every control character.
    /// </summary>
    private static string Cell(string text)
    {
        var sb = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            if (CellSpecials.Contains(c, StringComparison.Ordinal)) sb.Append('\\').Append(c);
            else AppendPrintable(sb, c);
        }
        return sb.ToString();
    }

    private static void AppendPrintable(StringBuilder sb, char c)
    {
        if (char.IsControl(c) || c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069')
        {
            sb.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
        }
        else
        {
            sb.Append(c);
        }
    }
}
