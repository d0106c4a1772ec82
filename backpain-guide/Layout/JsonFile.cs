using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using BackpainGuide.Model;

namespace BackpainGuide.Layout;

/// <summary>A JSON document written when the writer asks for it: readable non-ASCII text, HTML-significant characters escaped.</summary>
public static class JsonFile
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    // One writer per thread, pointed at each file's stream in turn: 20,000 JSON files at 10,000 questions.
    private static readonly ThreadLocal<Utf8JsonWriter> Writers = new(() => new Utf8JsonWriter(Stream.Null, Options));

    /// <summary>An output file holding the document <paramref name="write"/> writes, and a final newline.</summary>
    public static OutputFile File(string path, Action<Utf8JsonWriter> write, HeaderRule? headers = null) =>
        OutputFile.Streamed(path, stream => Write(stream, write), headers: headers);

    private static void Write(Stream stream, Action<Utf8JsonWriter> write)
    {
        var w = Writers.Value!;
        w.Reset(stream);
        try
        {
            write(w);
            w.Flush();
        }
        finally
        {
            w.Reset(Stream.Null);
        }
        stream.WriteByte((byte)'\n');
    }
}
