using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace BackpainGuide.Layout;

/// <summary>A JSON document written when the writer asks for it: readable non-ASCII text, HTML-significant characters escaped.</summary>
public static class JsonFile
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public static byte[] Write(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, Options)) write(w);
        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }
}
