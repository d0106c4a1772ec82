using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Text.Unicode;
using BackpainGuide.Layout.Units;
using CsCheck;

namespace BackpainGuide.Tests.Fuzz;

/// <summary>
/// The API writes an answer's HTML with its links made absolute piece by piece; the JSON is the
/// same bytes as the two regular expressions' replacement written whole, on random markup with
/// links of every kind, escapes, non-ASCII text and surrogate pairs between them.
/// </summary>
public class ApiLinksFuzzTests
{
    private const string Root = "https://example.org/guide/", Page = "https://example.org/guide/questions/q/";

    private static readonly string[] Pieces =
    [
        " href=\"", " src=\"", "/", "//", "#", "a", "\"", "é", "😀", "<", "&", " href=\"#x\"", "\\", "\n", "\u2028", "<a", ">", "x/y",
    ];

    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    private static string Json(Action<Utf8JsonWriter> value)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, Options))
        {
            w.WriteStartObject();
            w.WritePropertyName("html");
            value(w);
            w.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    private static string Oracle(string html) =>
        Regex.Replace(Regex.Replace(html, "( (?:href|src)=\")/(?!/)", m => m.Groups[1].Value + Root), "( href=\")#", m => m.Groups[1].Value + Page + "#");

    [Fact]
    public void Links_made_absolute_piece_by_piece_give_the_json_of_the_whole_replacement() =>
        Gen.OneOf(Pieces).Array[0, 30].Select(string.Concat).Sample(html =>
            Assert.Equal(Json(w => w.WriteStringValue(Oracle(html))), Json(w => ApiUnit.WriteAbsolute(w, html, Root, Page))), iter: 5000);

    [Fact]
    public void A_rendered_answer_s_links_point_at_the_guide()
    {
        const string html = "<p><a href=\"/guide/questions/b/\">b</a> <a href=\"#why\">why</a> <a href=\"//cdn/x\">x</a> <img src=\"/guide/i.png\"></p>";
        var json = Json(w => ApiUnit.WriteAbsolute(w, html, Root, Page));
        var back = JsonDocument.Parse(json).RootElement.GetProperty("html").GetString();
        Assert.Equal("<p><a href=\"https://example.org/guide/guide/questions/b/\">b</a> <a href=\"https://example.org/guide/questions/q/#why\">why</a> "
            + "<a href=\"//cdn/x\">x</a> <img src=\"https://example.org/guide/guide/i.png\"></p>", back);
    }
}
