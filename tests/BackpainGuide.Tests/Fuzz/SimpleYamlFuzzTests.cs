using System.Text;
using BackpainGuide.Diagnostics;
using BackpainGuide.Load;
using BackpainGuide.Load.Yaml;
using BackpainGuide.Tests.Support;
using CsCheck;

namespace BackpainGuide.Tests.Fuzz;

/// <summary>
/// The fast front matter reader against YamlDotNet: whatever it accepts, YamlDotNet must read to
/// the same tree, every value, quoting, line and column alike, without a diagnostic. Documents
/// are made from the shapes front matter takes, with YAML's special characters in keys and values,
/// uneven indentation, comments and blank lines, then sometimes broken by one edit.
/// </summary>
public class SimpleYamlFuzzTests
{
    private const int FirstLine = 3;

    private static readonly string[] Keys = ["title", "summary", "tags", "related", "reviewed", "sources", "url", "year", "a", "b-c", "x_1", "Key2"];

    private static readonly string[] Words =
    [
        "back", "pain", "Run", "2026-08-22", "2020", "null", "~", "true", "yes", "e.g.", "a/b", "(NHS)", "x+y", "why?", "a;b", "a=b",
        "café", "naïve", "—", "\u00a0", "it's", "don''t", "https://example.org/a#b", "a: b", "a:b", "#", " #c", "\"", "'", "\\", "\\n",
        "[", "]", "{", "}", ",", "&a", "*a", "!x", "!!str", "|", ">", "%", "@", "`", "?", "- ", "-", ":", "  ", "\t", "\r", "\ufeff",
        "\u2028", "\u0085", "\ud83d\ude00", "<b>", "---", "...",
    ];

    private static readonly string[] Breaks = ["\n", " \n", "\n\n", "\n# note\n", "\n  # indented note\n", "\r\n"];

    /// <summary>One document, from a seed, so a failure names the seed that makes it.</summary>
    private static string Document(int seed)
    {
        var random = new Random(seed);
        var sb = new StringBuilder();
        if (random.Next(8) == 0) sb.Append(Breaks[random.Next(Breaks.Length)]);
        Mapping(random, sb, 0, depth: 0, first: null);
        var text = sb.ToString();
        if (random.Next(3) == 0) text = Mutate(random, text);
        return text;
    }

    private static void Mapping(Random random, StringBuilder sb, int indent, int depth, string? first)
    {
        var entries = 1 + random.Next(depth == 0 ? 7 : 3);
        for (var i = 0; i < entries; i++)
        {
            if (i > 0 || first is null) sb.Append(' ', indent);
            else sb.Append(first);
            var key = random.Next(20) == 0 ? Words[random.Next(Words.Length)] : Keys[random.Next(Keys.Length)];
            sb.Append(key).Append(':');
            Value(random, sb, indent, depth + 1);
        }
    }

    private static void Value(Random random, StringBuilder sb, int indent, int depth)
    {
        switch (depth < 4 ? random.Next(7) : random.Next(3))
        {
            case 0 or 1 or 2:
                sb.Append(' ', 1 + random.Next(2)).Append(Scalar(random, flow: false)).Append(Break(random));
                break;
            case 3 or 4:
                sb.Append(' ').Append('[');
                var n = random.Next(4);
                for (var i = 0; i < n; i++) sb.Append(i > 0 ? (random.Next(3) == 0 ? " , " : ", ") : "").Append(Scalar(random, flow: true));
                if (random.Next(12) == 0) sb.Append(',');
                sb.Append(']').Append(Break(random));
                break;
            case 5:
                {
                    sb.Append(Break(random));
                    var column = indent + random.Next(3) * 2 - (random.Next(10) == 0 ? 1 : 0);
                    column = Math.Max(column, 0);
                    var items = 1 + random.Next(3);
                    for (var i = 0; i < items; i++)
                    {
                        var dash = new string(' ', column) + "-" + new string(' ', 1 + random.Next(2));
                        if (random.Next(2) == 0)
                        {
                            Mapping(random, sb, dash.Length, depth + 1, dash);
                        }
                        else
                        {
                            sb.Append(dash).Append(Scalar(random, flow: false)).Append(Break(random));
                        }
                    }
                    break;
                }
            default:
                sb.Append(Break(random));
                Mapping(random, sb, indent + 1 + random.Next(4), depth + 1, null);
                break;
        }
    }

    private static string Break(Random random) => random.Next(6) == 0 ? Breaks[random.Next(Breaks.Length)] : "\n";

    private static string Scalar(Random random, bool flow)
    {
        var text = new StringBuilder();
        var words = 1 + random.Next(4);
        for (var i = 0; i < words; i++)
        {
            if (i > 0) text.Append(' ');
            text.Append(random.Next(4) == 0 ? Words[random.Next(Words.Length)] : Keys[random.Next(Keys.Length)]);
        }
        var s = text.ToString();
        return random.Next(5) switch
        {
            0 or 1 => "\"" + s + "\"",
            2 => "'" + s.Replace("'", "''", StringComparison.Ordinal) + "'",
            3 when random.Next(4) == 0 => "'" + s + "'",
            _ => flow ? s.Replace(",", "", StringComparison.Ordinal) : s,
        };
    }

    private static string Mutate(Random random, string text)
    {
        var at = random.Next(text.Length + 1);
        return random.Next(4) switch
        {
            0 => text.Insert(at, Words[random.Next(Words.Length)]),
            1 => text.Insert(at, Mutation.Specials[random.Next(Mutation.Specials.Length)]),
            2 when at < text.Length => text.Remove(at, 1),
            _ => text.Insert(at, " "),
        };
    }

    /// <summary>The tree as text: kind, value, quoting and position of every node.</summary>
    private static string Dump(YamlNode? node) => node switch
    {
        null => "null",
        YamlScalar s => $"S({s.Value}|{s.Quoted}|{s.Line}:{s.Column})",
        YamlSequence q => $"Q({q.Line}:{q.Column})[{string.Join(",", q.Items.Select(Dump))}]",
        YamlMapping m => $"M({m.Line}:{m.Column}){{{string.Join(",", m.Entries.Select(e => Dump(e.Key) + "=" + Dump(e.Value)))}}}",
        _ => throw new InvalidOperationException(node.GetType().Name),
    };

    private static bool Agrees(string yaml)
    {
        var fast = SimpleYaml.TryRead(yaml, FirstLine);
        if (fast is null) return false;
        var diagnostics = new DiagnosticBag();
        var slow = YamlReader.ReadWithYamlDotNet(yaml, "f.md", FirstLine, diagnostics);
        Assert.True(diagnostics.Sorted().Count == 0, $"YamlDotNet refused what the fast reader took:\n{yaml}\n{string.Join("\n", diagnostics.Sorted())}");
        Assert.Equal(Dump(slow), Dump(fast));
        return true;
    }

    [Fact]
    public void What_the_fast_reader_accepts_YamlDotNet_reads_the_same()
    {
        var (accepted, refused) = (0, 0);
        Gen.Int.Sample(seed =>
        {
            if (Agrees(Document(seed))) Interlocked.Increment(ref accepted);
            else Interlocked.Increment(ref refused);
        }, iter: 30_000);
        // Both sides must be exercised, or the comparison proves nothing.
        Assert.True(accepted > 3_000, $"only {accepted} of 30,000 documents took the fast path");
        Assert.True(refused > 3_000, $"only {refused} of 30,000 documents were left to YamlDotNet");
    }

    [Fact]
    public void Every_question_of_the_guide_takes_the_fast_path_with_the_same_tree()
    {
        var files = Directory.GetFiles(Path.Combine(Paths.Input, "questions"), "*.md").Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var parts = FrontMatter.Split(File.ReadAllText(file), file, new DiagnosticBag())!;
            Assert.True(Agrees(parts.Yaml), $"{file}: front matter left to YamlDotNet");
        }
    }

    [Theory]
    [InlineData("title: \"a \\\"b\\\"\"\n")]
    [InlineData("title: x # note\n")]
    [InlineData("title: |\n  a\n")]
    [InlineData("title: a\n  b\n")]
    [InlineData("title: a\ntitle: b\n")]
    [InlineData("tags: [a,\n  b]\n")]
    [InlineData("a: &x 1\n")]
    [InlineData("title:\n")]
    [InlineData("\ttitle: x\n")]
    [InlineData("title: x\r\n")]
    [InlineData("  title: x\n")]
    [InlineData("")]
    [InlineData("tags: [a, ]\n")]
    [InlineData("- a\n")]
    public void Anything_outside_the_subset_is_left_to_YamlDotNet(string yaml) => Assert.Null(SimpleYaml.TryRead(yaml, FirstLine));

    [Fact]
    public void Positions_and_quoting_match_a_worked_example()
    {
        const string yaml = "title: \"Why? (a)\"\ntags: [cause, 'red-flag']\nsources:\n  - title: 'It''s'\n    year: 2020\n";
        Assert.True(Agrees(yaml));
        var root = Assert.IsType<YamlMapping>(SimpleYaml.TryRead(yaml, FirstLine));
        var source = Assert.IsType<YamlMapping>(Assert.IsType<YamlSequence>(root.Entries[2].Value).Items[0]);
        Assert.Equal(("It's", true, 6, 12), (((YamlScalar)source.Entries[0].Value).Value, ((YamlScalar)source.Entries[0].Value).Quoted,
            source.Entries[0].Value.Line, source.Entries[0].Value.Column));
        Assert.Equal(("2020", false, 7, 11), (((YamlScalar)source.Entries[1].Value).Value, ((YamlScalar)source.Entries[1].Value).Quoted,
            source.Entries[1].Value.Line, source.Entries[1].Value.Column));
    }
}
