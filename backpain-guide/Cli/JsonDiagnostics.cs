using System.Text.Encodings.Web;
using System.Text.Json;
using BackpainGuide.Diagnostics;

namespace BackpainGuide.Cli;

/// <summary>
/// <c>--format json</c>: one JSON document for other tools. The shape is stable and versioned;
/// a change that is not a pure addition raises <c>version</c>.
/// <code>
/// {"version": 1,
///  "diagnostics": [{"file": "input/questions/x.md", "line": 4, "column": 8,
///                   "severity": "error", "code": "BG007", "message": "..."}],
///  "errors": 1, "warnings": 0}
/// </code>
/// Line and column are 1-based; both are 0 when the problem is about a whole file or folder.
/// </summary>
public static class JsonDiagnostics
{
    public const int Version = 1;

    public static string Write(IReadOnlyList<Diagnostic> diagnostics)
    {
        using var stream = new MemoryStream();
        var options = new JsonWriterOptions
        {
            Indented = true,
            NewLine = "\n",
            // Readable quotes and non-ASCII text; control characters are still escaped, and the
            // output is never embedded in HTML.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        using (var json = new Utf8JsonWriter(stream, options))
        {
            json.WriteStartObject();
            json.WriteNumber("version", Version);
            json.WriteStartArray("diagnostics");
            foreach (var d in diagnostics)
            {
                json.WriteStartObject();
                json.WriteString("file", d.Path);
                json.WriteNumber("line", Math.Max(d.Line, 0));
                json.WriteNumber("column", d.Line > 0 ? Math.Max(d.Column, 1) : 0);
                json.WriteString("severity", d.Severity == Severity.Error ? "error" : "warning");
                json.WriteString("code", d.Code);
                json.WriteString("message", d.Message);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteNumber("errors", diagnostics.Count(d => d.Severity == Severity.Error));
            json.WriteNumber("warnings", diagnostics.Count(d => d.Severity == Severity.Warning));
            json.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }
}
