using BackpainGuide.Diagnostics;

namespace BackpainGuide.Load.Yaml;

/// <summary>
/// YAML (and YamlDotNet) reads U+2028, U+2029 and U+0085 as line breaks; editors, diffs and our
/// positions do not. One visible line could then hold a second field ("tags: [cause]" followed by
/// a hidden "related: [...]"), and every later position would be off. They are refused in any YAML
/// text, before it is parsed, at the position a reader sees.
/// </summary>
public static class LineSeparators
{
    /// <summary>Diagnostics per file; a file full of separators is one problem, not thousands.</summary>
    private const int MaxReported = 10;

    /// <summary>True when <paramref name="yaml"/> has none; otherwise reports them and returns false.</summary>
    public static bool Check(string yaml, string path, int firstLine, DiagnosticBag diagnostics)
    {
        var at = yaml.AsSpan().IndexOfAny('\u2028', '\u2029', '\u0085');
        if (at < 0) return true;
        var line = firstLine + yaml.AsSpan(0, at).Count('\n');
        var lineStart = yaml.LastIndexOf('\n', at) + 1;
        var reported = 0;
        for (var i = at; i < yaml.Length; i++)
        {
            var c = yaml[i];
            if (c == '\n')
            {
                line++;
                lineStart = i + 1;
                continue;
            }
            if (c is not ('\u2028' or '\u2029' or '\u0085')) continue;
            if (++reported > MaxReported) continue;
            diagnostics.Add(Diagnostic.Error(Codes.LineSeparator, path, line, i - lineStart + 1,
                $"{Name(c)} is not allowed in front matter or settings: YAML reads it as a line break, so one visible line could hide another field; remove it"));
        }
        if (reported > MaxReported)
        {
            diagnostics.Add(Diagnostic.Error(Codes.LineSeparator, path, line, 1,
                $"{reported - MaxReported:N0} more line or paragraph separators in this file"));
        }
        return false;
    }

    private static string Name(char c) => c switch
    {
        '\u2028' => "U+2028 (line separator)",
        '\u2029' => "U+2029 (paragraph separator)",
        _ => "U+0085 (next line)",
    };
}
