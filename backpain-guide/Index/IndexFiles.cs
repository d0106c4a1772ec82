using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using BackpainGuide.Model;

namespace BackpainGuide.Index;

/// <summary>
/// Cuts a <see cref="SearchIndex"/> into the files under search/index/ (format: docs/search.md).
/// Vocabulary and postings are sorted and cut into shards of about <see cref="ShardBytes"/>, and
/// meta.json lists the first key of every shard, so a query fetches only the shards its words fall
/// in, plus one small file per result shown. Same index in, same bytes out.
/// </summary>
public static class IndexFiles
{
    public const string Folder = "search/index/";
    public const int FormatVersion = 2;

    /// <summary>Shard size: small enough that a word costs little, large enough that a 25-page site has one or two files.</summary>
    public const int ShardBytes = 8 * 1024;

    /// <summary>A result's excerpt is taken from this much of the body text; the rest only ranks.</summary>
    public const int ExcerptChars = 1500;

    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public static IReadOnlyList<OutputFile> Files(SearchIndex index)
    {
        var files = new List<OutputFile>();
        var vocabulary = Shards(index.Vocabulary.ToList(), e => e.Key.Length + (e.Key == e.Value ? 0 : e.Value.Length) + 6);
        var terms = Shards(index.Postings.ToList(), e => e.Key.Length + 6 + e.Value.Count * 6);

        for (var i = 0; i < vocabulary.Count; i++)
        {
            var shard = vocabulary[i];
            files.Add(Json($"{Folder}vocab-{i:D3}.json", w =>
            {
                // Surface word → stem; "" when the word is its own stem, the common case.
                w.WriteStartObject();
                foreach (var (word, stem) in shard) w.WriteString(word, word == stem ? "" : stem);
                w.WriteEndObject();
            }));
        }
        for (var i = 0; i < terms.Count; i++)
        {
            var shard = terms[i];
            files.Add(Json($"{Folder}terms-{i:D3}.json", w =>
            {
                // Stem → [document gap, weight, document gap, weight, ...]; gaps keep the numbers short.
                w.WriteStartObject();
                foreach (var (stem, postings) in shard)
                {
                    w.WriteStartArray(stem);
                    var previous = 0;
                    foreach (var p in postings)
                    {
                        w.WriteNumberValue(p.Document - previous);
                        // A title match is shipped as the weight's negative: one sign, no extra number.
                        w.WriteNumberValue(p.InTitle ? -p.Weight : p.Weight);
                        previous = p.Document;
                    }
                    w.WriteEndArray();
                }
                w.WriteEndObject();
            }));
        }
        files.Add(Json(Folder + "meta.json", w => Meta(w, index, vocabulary.Select(s => s[0].Key), terms.Select(s => s[0].Key))));
        for (var i = 0; i < index.Documents.Count; i++)
        {
            var d = index.Documents[i];
            files.Add(Json($"{Folder}docs/{i}.json", w => Document(w, d)));
        }
        return files;
    }

    /// <summary>Cuts sorted entries into consecutive runs of about <see cref="ShardBytes"/> (a big entry gets a shard to itself).</summary>
    public static List<List<T>> Shards<T>(IReadOnlyList<T> sorted, Func<T, int> size)
    {
        var shards = new List<List<T>>();
        var current = new List<T>();
        var bytes = 0;
        foreach (var entry in sorted)
        {
            var s = size(entry);
            if (current.Count > 0 && bytes + s > ShardBytes)
            {
                shards.Add(current);
                current = [];
                bytes = 0;
            }
            current.Add(entry);
            bytes += s;
        }
        if (current.Count > 0 || shards.Count == 0) shards.Add(current);
        return shards;
    }

    private static void Meta(Utf8JsonWriter w, SearchIndex index, IEnumerable<string> vocabulary, IEnumerable<string> terms)
    {
        w.WriteStartObject();
        w.WriteNumber("version", FormatVersion);
        w.WriteNumber("documents", index.Documents.Count);
        w.WriteStartObject("fields");
        for (var f = 0; f < FieldWeights.Names.Count; f++) w.WriteNumber(FieldWeights.Names[f], FieldWeights.Weights[f]);
        w.WriteEndObject();
        w.WriteNumber("k1", FieldWeights.K1);
        w.WriteNumber("b", FieldWeights.B);
        w.WriteNumber("weightScale", IndexBuilder.WeightScale);
        Strings(w, "stopWords", StopWords.List);
        Strings(w, "vocab", vocabulary);
        Strings(w, "terms", terms);
        w.WriteStartArray("synonyms");
        foreach (var group in index.Synonyms)
        {
            w.WriteStartArray();
            foreach (var phrase in group)
            {
                w.WriteStartArray();
                foreach (var stem in phrase) w.WriteStringValue(stem);
                w.WriteEndArray();
            }
            w.WriteEndArray();
        }
        w.WriteEndArray();
        w.WriteStartArray("urgentGroups");
        foreach (var g in index.UrgentGroups) w.WriteNumberValue(g);
        w.WriteEndArray();
        w.WriteStartArray("urgent");
        for (var i = 0; i < index.Documents.Count; i++)
        {
            if (index.Documents[i].IsUrgent) w.WriteNumberValue(i);
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void Document(Utf8JsonWriter w, SearchDocument d)
    {
        w.WriteStartObject();
        w.WriteString("url", d.Url);
        w.WriteString("title", d.Title);
        w.WriteString("summary", d.Summary);
        Strings(w, "tags", d.Tags);
        w.WriteBoolean("redFlag", d.IsRedFlag);
        w.WriteString("text", Excerptable(d.Text));
        w.WriteEndObject();
    }

    /// <summary>The start of the body, cut at a word boundary.</summary>
    public static string Excerptable(string text)
    {
        if (text.Length <= ExcerptChars) return text;
        var cut = text.LastIndexOf(' ', ExcerptChars);
        return text[..(cut > 0 ? cut : ExcerptChars)];
    }

    private static void Strings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values) w.WriteStringValue(v);
        w.WriteEndArray();
    }

    /// <summary>A JSON file written when the writer asks for it, in parallel with the pages.</summary>
    private static OutputFile Json(string path, Action<Utf8JsonWriter> write) => new(path, () =>
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, Options)) write(w);
        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    });
}
