using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using BackpainGuide.Model;

namespace BackpainGuide.Index;

/// <summary>
/// search.json: every question with its URL, title, summary, tags, headings and plain text, in
/// the site's order. The data other tools (and the search index) are built from.
/// </summary>
public static class SearchDataWriter
{
    // Keeps non-ASCII text readable, still escapes HTML-significant characters.
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public static OutputFile File(IReadOnlyList<SearchDocument> documents) => new("search.json", () =>
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, Options))
        {
            w.WriteStartArray();
            foreach (var d in documents)
            {
                w.WriteStartObject();
                w.WriteString("url", d.Url);
                w.WriteString("title", d.Title);
                w.WriteString("summary", d.Summary);
                w.WriteStartArray("tags");
                foreach (var t in d.Tags) w.WriteStringValue(t);
                w.WriteEndArray();
                w.WriteStartArray("headings");
                foreach (var h in d.Headings) w.WriteStringValue(h);
                w.WriteEndArray();
                w.WriteString("text", d.Text);
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }
        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    });
}
