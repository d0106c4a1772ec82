using System.Text;
using System.Text.Json;
using BackpainGuide.Diagnostics;

namespace BackpainGuide.Serve;

/// <summary>
/// The server-sent events of the preview, as whole messages. Data is JSON on one line (the JSON
/// writer escapes line breaks), so no value can end an event early or forge another.
/// </summary>
public static class PreviewEvents
{
    /// <summary>At most this many errors go to the overlay; the terminal has all of them.</summary>
    public const int MaxReported = 20;

    /// <summary>
    /// A build succeeded: the URLs whose bytes changed (a tab showing one of them, or using one,
    /// reloads), and the URLs of the pages of the files just saved, which a tab that follows edits
    /// goes to (<see cref="FollowTarget"/>).
    /// </summary>
    public static string Reload(string basePath, IEnumerable<string> changedPaths, IEnumerable<string>? editedPaths = null) => Message("reload", w =>
    {
        w.WriteStartArray("changed");
        foreach (var path in changedPaths) w.WriteStringValue(UrlOf(basePath, path));
        w.WriteEndArray();
        w.WriteStartArray("edited");
        foreach (var path in editedPaths ?? []) w.WriteStringValue(UrlOf(basePath, path));
        w.WriteEndArray();
    });

    /// <summary>The URL of an output path: "questions/x/index.html" is {base}questions/x/.</summary>
    public static string UrlOf(string basePath, string path) =>
        basePath + (path == "index.html" ? "" : path.EndsWith("/index.html", StringComparison.Ordinal) ? path[..^"index.html".Length] : path);

    /// <summary>A build failed: its errors with the offending source line, for the overlay.</summary>
    public static string BuildError(IReadOnlyList<Diagnostic> diagnostics, Func<Diagnostic, string?> sourceLine) => Message("build-error", w =>
    {
        var errors = diagnostics.Where(d => d.Severity == Severity.Error).ToList();
        w.WriteNumber("count", errors.Count);
        w.WriteStartArray("errors");
        foreach (var d in errors.Take(MaxReported))
        {
            w.WriteStartObject();
            w.WriteString("file", d.Path);
            w.WriteNumber("line", d.Line);
            w.WriteNumber("column", d.Column);
            w.WriteString("code", d.Code);
            w.WriteString("message", d.Message);
            if (sourceLine(d) is { } line) w.WriteString("source", line);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    });

    private static string Message(string name, Action<Utf8JsonWriter> body)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            body(w);
            w.WriteEndObject();
        }
        return $"event: {name}\ndata: {Encoding.UTF8.GetString(buffer.ToArray())}\n\n";
    }
}
