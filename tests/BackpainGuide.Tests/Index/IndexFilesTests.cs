using System.Text;
using System.Text.Json;
using BackpainGuide.Index;
using BackpainGuide.Model;

namespace BackpainGuide.Tests.Index;

public class IndexFilesTests
{
    private static Dictionary<string, byte[]> Files(IReadOnlyList<SearchDocument> docs, IReadOnlyList<SynonymGroup>? synonyms = null) =>
        IndexFiles.Files(IndexBuilder.Build(docs, synonyms ?? [])).ToDictionary(f => f.Path, f => f.Content());

    private static JsonElement Json(byte[] bytes) => JsonDocument.Parse(bytes).RootElement;

    [Fact]
    public void Meta_lists_the_format_fields_stop_words_shards_and_synonyms()
    {
        var files = Files([IndexBuilderTests.Doc("a", "Tylenol or ice?")], [new SynonymGroup(["paracetamol", "tylenol"])]);
        var meta = Json(files["search/index/meta.json"]);
        Assert.Equal(IndexFiles.FormatVersion, meta.GetProperty("version").GetInt32());
        Assert.Equal(1, meta.GetProperty("documents").GetInt32());
        Assert.Equal(6, meta.GetProperty("fields").GetProperty("title").GetDouble());
        Assert.Equal(IndexBuilder.WeightScale, meta.GetProperty("weightScale").GetInt32());
        Assert.Contains("or", meta.GetProperty("stopWords").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("[[[\"paracetamol\"],[\"tylenol\"]]]", meta.GetProperty("synonyms").GetRawText());
        Assert.Equal(meta.GetProperty("vocab").GetArrayLength(), files.Keys.Count(k => k.StartsWith("search/index/vocab-", StringComparison.Ordinal)));
        Assert.Equal(meta.GetProperty("terms").GetArrayLength(), files.Keys.Count(k => k.StartsWith("search/index/terms-", StringComparison.Ordinal)));
    }

    [Fact]
    public void Postings_are_document_gaps_and_weights_and_vocabulary_writes_own_stems_as_empty()
    {
        var docs = new[] { IndexBuilderTests.Doc("a", "Ice"), IndexBuilderTests.Doc("b", "Heat"), IndexBuilderTests.Doc("c", "Ice packs") };
        var files = Files(docs);
        var terms = Json(files["search/index/terms-000.json"]);
        var ice = terms.GetProperty("ice").EnumerateArray().Select(e => e.GetInt32()).ToArray();
        Assert.Equal(4, ice.Length);
        Assert.Equal(0, ice[0]);
        Assert.Equal(2, ice[2]);
        var vocab = Json(files["search/index/vocab-000.json"]);
        Assert.Equal("", vocab.GetProperty("ice").GetString());
        Assert.Equal("pack", vocab.GetProperty("packs").GetString());
    }

    [Fact]
    public void Title_words_ship_as_negative_weights_and_other_words_as_positive()
    {
        var docs = new[] { IndexBuilderTests.Doc("a", "Ice", text: "heat"), IndexBuilderTests.Doc("b", "Heat", text: "ice") };
        var terms = Json(Files(docs)["search/index/terms-000.json"]);
        var ice = terms.GetProperty("ice").EnumerateArray().Select(e => e.GetInt32()).ToArray();
        Assert.True(ice[1] < 0, "ice is in the first title");
        Assert.True(ice[3] > 0, "ice is only in the second body");
    }

    [Fact]
    public void Meta_names_the_urgent_groups_and_the_urgent_questions()
    {
        var docs = new[]
        {
            IndexBuilderTests.Doc("a", "Ice"),
            new SearchDocument("/questions/b/", "Emergency", "s", ["red-flag"], [], "t", IsRedFlag: true, IsUrgent: true),
        };
        var files = Files(docs, [new SynonymGroup(["ice", "cold pack"]), new SynonymGroup(["numb bum", "saddle numbness"], Urgent: true)]);
        var meta = Json(files["search/index/meta.json"]);
        Assert.Equal("[1]", meta.GetProperty("urgentGroups").GetRawText());
        // The urgent questions are fetched only by a query that names an emergency sign.
        Assert.False(meta.TryGetProperty("urgent", out _));
        Assert.Equal("[1]", Json(files["search/index/urgent.json"]).GetRawText());
    }

    /// <summary>A posting list as the browser decodes it: document → weight, negative for a title word.</summary>
    private static Dictionary<int, int> Decode(JsonElement packed)
    {
        var list = packed.EnumerateArray().Select(e => e.GetInt32()).ToArray();
        var docs = new Dictionary<int, int>();
        for (int k = 0, doc = 0; k + 1 < list.Length; k += 2)
        {
            doc += list[k];
            Assert.True(docs.TryAdd(doc, list[k + 1]), $"question {doc} twice");
        }
        return docs;
    }

    private static JsonElement Entry(Dictionary<string, byte[]> files, string prefix, string key, string stem)
    {
        var meta = Json(files["search/index/meta.json"]);
        var firsts = meta.GetProperty(key).EnumerateArray().Select(e => e.GetString()!).ToList();
        var shard = firsts.FindLastIndex(f => string.CompareOrdinal(f, stem) <= 0);
        return Json(files[$"search/index/{prefix}-{shard:D3}.json"]).GetProperty(stem);
    }

    [Fact]
    public void A_long_list_ships_its_head_in_terms_and_the_rest_in_rest_files()
    {
        // "ice" on 40 questions, more often in some, and in four titles; "heat" on 3.
        var docs = Enumerable.Range(0, 40).Select(i => IndexBuilderTests.Doc($"q{i}", i % 10 == 3 ? "Ice or not" : $"Question {i}",
            text: string.Join(' ', Enumerable.Repeat("ice", 1 + i % 7)) + (i < 3 ? " heat" : "") + " filler words here")).ToList();
        var index = IndexBuilder.Build(docs, []);
        var whole = IndexFiles.Files(index).ToDictionary(f => f.Path, f => f.Content());
        var split = IndexFiles.Files(index, headPostings: 10).ToDictionary(f => f.Path, f => f.Content());
        Assert.Equal(100, Json(whole["search/index/meta.json"]).GetProperty("head").GetInt32());
        Assert.Equal(10, Json(split["search/index/meta.json"]).GetProperty("head").GetInt32());
        Assert.Equal(FieldWeights.TitleBonus, Json(split["search/index/meta.json"]).GetProperty("titleBonus").GetInt32());
        Assert.DoesNotContain(whole.Keys, k => k.Contains("/rest-", StringComparison.Ordinal));

        var all = Decode(Entry(whole, "terms", "terms", "ice"));
        Assert.Equal(40, all.Count);
        var entry = Entry(split, "terms", "terms", "ice");
        Assert.Equal(JsonValueKind.Object, entry.ValueKind);
        Assert.Equal(40, entry.GetProperty("df").GetInt32());
        var head = Decode(entry.GetProperty("head"));
        var rest = Decode(Entry(split, "rest", "rest", "ice"));
        Assert.Equal(10, head.Count);
        Assert.Equal(30, rest.Count);
        // Head and rest are the whole list, each question once.
        Assert.Empty(head.Keys.Intersect(rest.Keys));
        Assert.Equal(all.OrderBy(p => p.Key), head.Concat(rest).OrderBy(p => p.Key));
        // The head is what a query of "ice" alone ranks first: weight, doubled in a title.
        static long Key(int w) => w < 0 ? -(long)w * (1 + FieldWeights.TitleBonus) : w;
        Assert.True(head.Values.Min(Key) >= rest.Values.Max(Key), "a posting of the rest outranks one of the head");
        Assert.Contains(head.Values, w => w < 0);
        // A short list stays whole, as before.
        Assert.Equal(JsonValueKind.Array, Entry(split, "terms", "terms", "heat").ValueKind);
        Assert.True(split.Count <= IndexFiles.FileBudget(docs.Count));
    }

    [Fact]
    public void A_head_breaks_ties_by_question_number_as_the_browser_does()
    {
        var postings = Enumerable.Range(0, 30).Select(i => new Posting(i * 3, 50, InTitle: i == 29)).ToList();
        var (head, others) = IndexFiles.Head(postings, 5);
        // The title posting ranks first (weight × 2), then the lowest question numbers.
        Assert.Equal([0, 3, 6, 9, 87], head.Select(p => p.Document));
        Assert.Equal(25, others.Count);
        Assert.Equal(postings.Where(p => !head.Contains(p)), others);
    }

    private static JsonElement Record(Dictionary<string, byte[]> files, int doc)
    {
        var meta = Json(files["search/index/meta.json"]);
        var per = meta.GetProperty("docsPerPack").GetInt32();
        var size = meta.GetProperty("recordBytes").GetInt32();
        var pack = files[$"search/index/docs-{doc / per:D3}.bin"];
        return Json(pack.AsSpan((doc % per) * size, size).ToArray());
    }

    [Fact]
    public void Each_result_is_a_record_of_one_size_in_a_pack_with_what_a_result_shows()
    {
        var hostile = "<img src=x onerror=alert(1)>";
        var doc = IndexBuilderTests.Doc("a", hostile, text: new string('w', 10) + " " + string.Join(' ', Enumerable.Repeat("word", 2000)), redFlag: true);
        var files = Files([doc, IndexBuilderTests.Doc("b", "Short")]);
        var d = Record(files, 0);
        Assert.Equal(hostile, d.GetProperty("title").GetString());
        Assert.True(d.GetProperty("redFlag").GetBoolean());
        Assert.Equal("/questions/a/", d.GetProperty("url").GetString());
        Assert.True(d.GetProperty("text").GetString()!.Length <= IndexFiles.ExcerptChars);
        Assert.Equal("Short", Record(files, 1).GetProperty("title").GetString());
        var size = Json(files["search/index/meta.json"]).GetProperty("recordBytes").GetInt32();
        Assert.Equal(2 * size, files["search/index/docs-000.bin"].Length);
        Assert.Equal((byte)'\n', files["search/index/docs-000.bin"][size - 1]);
        // The JSON itself escapes markup, so a file opened by mistake as HTML shows no tag either.
        Assert.DoesNotContain("<img", Encoding.UTF8.GetString(files["search/index/docs-000.bin"]), StringComparison.Ordinal);
    }

    [Fact]
    public void A_stuffed_title_cannot_make_every_record_large()
    {
        var stuffed = string.Join(' ', Enumerable.Range(0, 20_000).Select(i => $"w{i}\u00e9<"));
        var files = Files([IndexBuilderTests.Doc("a", stuffed, text: stuffed), IndexBuilderTests.Doc("b", "Plain")]);
        var size = Json(files["search/index/meta.json"]).GetProperty("recordBytes").GetInt32();
        Assert.InRange(size, 1, IndexFiles.MaxRecordBytes);
        Assert.StartsWith("w0", Record(files, 0).GetProperty("title").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(30)]
    [InlineData(3000)]
    public void The_index_stays_within_its_file_budget(int count)
    {
        // Every question with words of its own, so the postings grow with the site as a real one's do.
        var docs = Enumerable.Range(0, count).Select(i => IndexBuilderTests.Doc($"q{i}", $"Question {i} word{i % 997}",
            text: string.Join(' ', Enumerable.Range(0, 60).Select(k => $"term{(i * 7 + k * 13) % 5000}")))).ToList();
        var files = Files(docs);
        Assert.True(files.Count <= IndexFiles.FileBudget(count), $"{files.Count} files for {count} questions; the budget is {IndexFiles.FileBudget(count)}");
        Assert.Equal((count + IndexFiles.DocsPerPack - 1) / IndexFiles.DocsPerPack, files.Keys.Count(k => k.EndsWith(".bin", StringComparison.Ordinal)));
        Assert.Equal($"/questions/q{count - 1}/", Record(files, count - 1).GetProperty("url").GetString());
    }

    [Fact]
    public void Shards_grow_past_the_target_size_only_to_stay_within_the_budget()
    {
        var entries = Enumerable.Range(0, 1000).ToList();
        Assert.Equal(IndexFiles.Shards(entries, _ => 100).Count, IndexFiles.ShardsWithin(entries, _ => 100, 1000).Count);
        var within = IndexFiles.ShardsWithin(entries, _ => 100, 5);
        Assert.InRange(within.Count, 1, 5);
        Assert.Equal(entries, within.SelectMany(s => s));
    }

    [Fact]
    public void Shards_cut_sorted_entries_at_about_the_target_size()
    {
        var entries = Enumerable.Range(0, 1000).Select(i => i.ToString("D4", System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var shards = IndexFiles.Shards(entries, _ => 100);
        Assert.Equal(entries, shards.SelectMany(s => s));
        Assert.All(shards, s => Assert.True(s.Count * 100 <= IndexFiles.ShardBytes));
        Assert.True(shards.Count >= 1000 * 100 / IndexFiles.ShardBytes);
        Assert.Single(IndexFiles.Shards(new List<string>(), _ => 1));
    }

    [Fact]
    public void A_large_site_splits_so_one_word_needs_a_small_part_of_the_index()
    {
        var words = Enumerable.Range(0, 3000).Select(i => "w" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var docs = Enumerable.Range(0, 2000).Select(i => IndexBuilderTests.Doc($"q{i}", $"Question {words[i % 3000]}",
            text: string.Join(' ', Enumerable.Range(0, 60).Select(j => words[(i * 31 + j * 17) % 3000])))).ToList();
        var files = Files(docs);
        var total = files.Values.Sum(b => b.Length);
        var meta = Json(files["search/index/meta.json"]);
        var largestTerms = files.Where(f => f.Key.Contains("/terms-", StringComparison.Ordinal)).Max(f => f.Value.Length);
        var largestVocab = files.Where(f => f.Key.Contains("/vocab-", StringComparison.Ordinal)).Max(f => f.Value.Length);
        Assert.True(meta.GetProperty("terms").GetArrayLength() > 10);
        Assert.True(files["search/index/meta.json"].Length + largestTerms + largestVocab < total / 10);
    }

    [Fact]
    public void The_files_are_the_same_on_every_build()
    {
        var docs = Enumerable.Range(0, 300).Select(i => IndexBuilderTests.Doc($"q{i}", $"Question {i}", text: $"text {i % 13} running stretches")).ToList();
        var a = Files(docs);
        var b = Files(docs);
        Assert.Equal(a.Keys, b.Keys);
        Assert.All(a, f => Assert.Equal(f.Value, b[f.Key]));
    }
}
