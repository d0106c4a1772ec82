using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using BackpainGuide.Model;

namespace BackpainGuide.Index;

/// <summary>
/// Cuts a <see cref="SearchIndex"/> into the files under search/index/ (format: docs/search.md).
/// Vocabulary and postings are sorted and cut into shards of about <see cref="ShardBytes"/> (larger
/// when that many would pass the file budget), and meta.json lists the first key of every shard, so
/// a query fetches only the shards its words fall in. A stem on more than <see cref="HeadPostings"/>
/// questions ships only its best <see cref="HeadPostings"/> there (its head: enough for the ten
/// results of a query of that word alone, the common first query) and the rest in rest-NNN.json,
/// fetched when a query needs the whole list. What a result shows is packed
/// <see cref="DocsPerPack"/> questions to a file in records of one size, so the browser fetches one
/// result as a byte range. At most <see cref="FileBudget"/> files. Same index in, same bytes out.
/// </summary>
public static class IndexFiles
{
    public const string Folder = "search/index/";
    public const int FormatVersion = 3;

    /// <summary>Shard size: small enough that a word costs little, large enough that a 25-page site has one or two files.</summary>
    public const int ShardBytes = 8 * 1024;

    /// <summary>A result's excerpt is taken from this much of the body text; the rest only ranks.</summary>
    public const int ExcerptChars = 1500;

    /// <summary>Questions per docs-NNN.bin pack: at 10,000 questions, 40 files.</summary>
    public const int DocsPerPack = 256;

    /// <summary>
    /// The most a result's record may take; a longer one (a stuffed title) loses excerpt text, then
    /// title, until it fits, so one page cannot make every record, and every result fetched, large.
    /// </summary>
    public const int MaxRecordBytes = 4096;

    /// <summary>
    /// Postings a stem's head holds: at least the results a query shows (ten), so that a query of
    /// one word ranks its results exactly from the head. A word on nearly every page is 600 KB of
    /// postings at 100,000 questions; its head is about 1 KB.
    /// </summary>
    public const int HeadPostings = 100;

    /// <summary>Files the index may have: 2% of the questions plus this, whatever the size of the site.</summary>
    public const int FileBudgetConstant = 100;

    public static int FileBudget(int documents) => documents / 50 + FileBudgetConstant;

    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public static IReadOnlyList<OutputFile> Files(SearchIndex index) => Files(index, HeadPostings);

    /// <summary>The files, with heads of <paramref name="headPostings"/> postings (tests use a few, to split a small site's lists).</summary>
    public static IReadOnlyList<OutputFile> Files(SearchIndex index, int headPostings)
    {
        var files = new List<OutputFile>();
        var vocabulary = Shards(index.Vocabulary.ToList(), e => e.Key.Length + (e.Key == e.Value ? 0 : e.Value.Length) + 6);
        var packs = (index.Documents.Count + DocsPerPack - 1) / DocsPerPack;
        var split = index.Postings.Select(e => Split(e.Key, e.Value, headPostings)).ToList();
        var rests = split.Where(s => s.Rest.Count > 0).ToList();
        // Postings are nearly all the bytes: they take what the budget leaves after meta.json,
        // urgent.json, packs and vocabulary. Heads keep to small shards (a first query fetches one)
        // unless that takes more than half of it; the rest of the long lists take what is left.
        var budget = FileBudget(index.Documents.Count) - 2 - packs - vocabulary.Count;
        var terms = ShardsWithin(split, e => e.Stem.Length + 6 + e.Head.Count * 6 + (e.Rest.Count > 0 ? 20 : 0),
            rests.Count == 0 ? budget : Math.Max(1, budget / 2));
        var rest = rests.Count == 0 ? [] : ShardsWithin(rests, e => e.Stem.Length + 6 + e.Rest.Count * 6, Math.Max(1, budget - terms.Count));

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
                // Stem → [document gap, weight, ...], the whole list; or, for a split one,
                // { "df": questions in the whole list, "head": [document gap, weight, ...] }.
                w.WriteStartObject();
                foreach (var (stem, head, more) in shard)
                {
                    if (more.Count == 0)
                    {
                        PostingList(w, stem, head);
                        continue;
                    }
                    w.WriteStartObject(stem);
                    w.WriteNumber("df", head.Count + more.Count);
                    PostingList(w, "head", head);
                    w.WriteEndObject();
                }
                w.WriteEndObject();
            }));
        }
        for (var i = 0; i < rest.Count; i++)
        {
            var shard = rest[i];
            files.Add(Json($"{Folder}rest-{i:D3}.json", w =>
            {
                // Stem → [document gap, weight, ...]: the postings of a split list that are not in its head.
                w.WriteStartObject();
                foreach (var (stem, _, more) in shard) PostingList(w, stem, more);
                w.WriteEndObject();
            }));
        }
        files.Add(Json(Folder + "urgent.json", w =>
        {
            // Fetched only for a query that names an emergency sign.
            w.WriteStartArray();
            for (var i = 0; i < index.Documents.Count; i++)
            {
                if (index.Documents[i].IsUrgent) w.WriteNumberValue(i);
            }
            w.WriteEndArray();
        }));
        var records = index.Documents.Select(Record).ToList();
        var recordBytes = records.Count == 0 ? 1 : records.Max(r => r.Length) + 1;
        files.Add(Json(Folder + "meta.json", w => Meta(w, index, vocabulary.Select(s => s[0].Key), terms.Select(s => s[0].Stem),
            rest.Select(s => s[0].Stem), headPostings, recordBytes)));
        for (var p = 0; p < packs; p++)
        {
            var first = p * DocsPerPack;
            var count = Math.Min(DocsPerPack, records.Count - first);
            files.Add(new OutputFile($"{Folder}docs-{p:D3}.bin", () => Pack(records, first, count, recordBytes)));
        }
        return files;
    }

    /// <summary>A stem's postings cut into its head and the rest, each in document order.</summary>
    private readonly record struct SplitList(string Stem, List<Posting> Head, IReadOnlyCollection<Posting> Rest);

    private static SplitList Split(string stem, List<Posting> postings, int headPostings)
    {
        if (postings.Count <= headPostings) return new(stem, postings, []);
        var (head, rest) = Head(postings, headPostings);
        return new(stem, head, rest);
    }

    /// <summary>
    /// The <paramref name="size"/> postings a query of this stem alone ranks first, and the rest.
    /// The browser ranks such a query by weight × (1 + <see cref="FieldWeights.TitleBonus"/> when
    /// the stem is in the title), ties by question number, the same order as here, so the head
    /// holds its results exactly.
    /// </summary>
    public static (List<Posting> Head, IReadOnlyCollection<Posting> Others) Head(List<Posting> postings, int size)
    {
        // The best `size` in one pass, keeping the worst of them on top of a heap: a word on every
        // page is 100,000 postings at 100,000 questions, and a sort of each list was 0.5 s of a build.
        // The order is one number: rank key descending (weight, more in a title), then position.
        var best = new PriorityQueue<int, long>(size + 1);
        for (var i = 0; i < postings.Count; i++)
        {
            var p = postings[i];
            var key = (long)p.Weight * (p.InTitle ? 1 + FieldWeights.TitleBonus : 1);
            var order = ((long)int.MaxValue - key) << 32 | (uint)i;
            // Priorities are negated: the queue's top is then the worst posting kept.
            if (best.Count < size) best.Enqueue(i, -order);
            else if (best.TryPeek(out _, out var worst) && order < -worst) best.EnqueueDequeue(i, -order);
        }
        var inHead = new bool[postings.Count];
        while (best.TryDequeue(out var i, out _)) inHead[i] = true;
        var head = new List<Posting>(Math.Min(size, postings.Count));
        for (var i = 0; i < postings.Count; i++)
        {
            if (inHead[i]) head.Add(postings[i]);
        }
        return (head, new Others(postings, inHead, postings.Count - head.Count));
    }

    /// <summary>
    /// The postings of a list that are not in its head, in document order, read from the list
    /// itself: a copy would be nearly every posting of a large site again (30 MB at 10,000 pages).
    /// </summary>
    private sealed class Others(List<Posting> all, bool[] inHead, int count) : IReadOnlyCollection<Posting>
    {
        public int Count => count;

        public IEnumerator<Posting> GetEnumerator()
        {
            for (var i = 0; i < all.Count; i++)
            {
                if (!inHead[i]) yield return all[i];
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

    /// <summary>[document gap, weight, ...]: gaps from the previous question keep the numbers short; a title match is the weight's negative.</summary>
    private static void PostingList(Utf8JsonWriter w, string name, IEnumerable<Posting> postings)
    {
        w.WriteStartArray(name);
        var previous = 0;
        foreach (var p in postings)
        {
            w.WriteNumberValue(p.Document - previous);
            w.WriteNumberValue(p.InTitle ? -p.Weight : p.Weight);
            previous = p.Document;
        }
        w.WriteEndArray();
    }

    /// <summary>Records of exactly <paramref name="size"/> bytes: the JSON, spaces, a newline (JSON.parse ignores the padding).</summary>
    private static byte[] Pack(List<byte[]> records, int first, int count, int size)
    {
        var bytes = new byte[count * size];
        bytes.AsSpan().Fill((byte)' ');
        for (var i = 0; i < count; i++)
        {
            records[first + i].CopyTo(bytes, i * size);
            bytes[(i + 1) * size - 1] = (byte)'\n';
        }
        return bytes;
    }

    /// <summary>One result's JSON, cut to fit <see cref="MaxRecordBytes"/> (less one byte for the newline).</summary>
    public static byte[] Record(SearchDocument d)
    {
        var text = Excerptable(d.Text);
        var title = d.Title;
        while (true)
        {
            var bytes = Bytes(w => Document(w, d, title, text));
            if (bytes.Length < MaxRecordBytes || (text.Length == 0 && title.Length <= 1)) return bytes;
            if (text.Length > 0) text = Half(text);
            else title = Half(title) + "\u2026";
        }
    }

    /// <summary>The first half of a string, never ending in half a surrogate pair.</summary>
    private static string Half(string s)
    {
        var cut = s.Length / 2;
        if (cut > 0 && char.IsHighSurrogate(s[cut - 1])) cut--;
        return s[..cut];
    }

    /// <summary>
    /// Shards of at least <see cref="ShardBytes"/>, grown until there are at most
    /// <paramref name="budget"/> of them (an entry larger than the target still gets a shard to itself).
    /// </summary>
    public static List<List<T>> ShardsWithin<T>(IReadOnlyList<T> sorted, Func<T, int> size, int budget)
    {
        var total = sorted.Sum(e => (long)size(e));
        var target = (int)Math.Max(ShardBytes, total / Math.Max(1, budget));
        while (true)
        {
            var shards = Shards(sorted, size, target);
            if (shards.Count <= Math.Max(1, budget)) return shards;
            target += target / 8 + 1;
        }
    }

    /// <summary>Cuts sorted entries into consecutive runs of about <see cref="ShardBytes"/> (a big entry gets a shard to itself).</summary>
    public static List<List<T>> Shards<T>(IReadOnlyList<T> sorted, Func<T, int> size) => Shards(sorted, size, ShardBytes);

    private static List<List<T>> Shards<T>(IReadOnlyList<T> sorted, Func<T, int> size, int target)
    {
        var shards = new List<List<T>>();
        var current = new List<T>();
        var bytes = 0;
        foreach (var entry in sorted)
        {
            var s = size(entry);
            if (current.Count > 0 && bytes + s > target)
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

    private static void Meta(Utf8JsonWriter w, SearchIndex index, IEnumerable<string> vocabulary, IEnumerable<string> terms,
        IEnumerable<string> rest, int headPostings, int recordBytes)
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
        w.WriteNumber("titleBonus", FieldWeights.TitleBonus);
        w.WriteNumber("head", headPostings);
        w.WriteNumber("docsPerPack", DocsPerPack);
        w.WriteNumber("recordBytes", recordBytes);
        w.WriteString("language", index.Language.Code);
        Strings(w, "stopWords", index.Language.StopWordList);
        Strings(w, "vocab", vocabulary);
        Strings(w, "terms", terms);
        Strings(w, "rest", rest);
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
        w.WriteEndObject();
    }

    private static void Document(Utf8JsonWriter w, SearchDocument d, string title, string text)
    {
        w.WriteStartObject();
        w.WriteString("url", d.Url);
        w.WriteString("title", title);
        w.WriteString("summary", d.Summary);
        Strings(w, "tags", d.Tags);
        w.WriteBoolean("redFlag", d.IsRedFlag);
        w.WriteString("text", text);
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

    private static byte[] Bytes(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, Options)) write(w);
        return stream.ToArray();
    }
}
