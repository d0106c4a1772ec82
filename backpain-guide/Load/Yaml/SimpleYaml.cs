namespace BackpainGuide.Load.Yaml;

/// <summary>
/// Reads the YAML that front matter is written in (block mappings and lists, one value a line:
/// quoted text without escapes, plain words, one-line <c>[a, b]</c> lists) without YamlDotNet's
/// general scanner, which was a third of <c>check</c>'s time and most of what loading allocated
/// for about ten lines a file. It gives the tree, positions included, that
/// <see cref="YamlReader"/> reads from YamlDotNet's events, and null for anything outside that
/// subset (comments after values, escapes, values over several lines, anchors, tags, repeated
/// keys, anything broken): YamlDotNet then reads the text and reports what is wrong, so every
/// diagnostic still comes from one place. SimpleYamlFuzzTests holds the two to the same trees.
/// </summary>
internal sealed class SimpleYaml
{
    private readonly string text;
    private readonly int firstLine;
    private int[] starts = new int[16];
    private int[] ends = new int[16];
    private int count;
    private int line;
    private int nodes;

    private SimpleYaml(string text, int firstLine)
    {
        this.text = text;
        this.firstLine = firstLine;
    }

    /// <summary>The tree, or null when the text is outside the subset (not necessarily wrong).</summary>
    public static YamlNode? TryRead(string text, int firstLine)
    {
        if (!HasSimpleCharacters(text)) return null;
        var reader = new SimpleYaml(text, firstLine);
        reader.SplitLines();
        return reader.Document();
    }

    /// <summary>
    /// Tabs, carriage returns, controls, surrogates (emoji) and the characters YAML refuses or
    /// reads as breaks are left to YamlDotNet; so is a byte-order mark.
    /// </summary>
    private static bool HasSimpleCharacters(string text)
    {
        foreach (var c in text)
        {
            if (c < ' ' ? c != '\n' : c is (>= '\u007f' and <= '\u009f') or (>= '\ud800' and <= '\udfff') or '\u2028' or '\u2029' or '\ufeff' or '\ufffe' or '\uffff')
            {
                return false;
            }
        }
        return true;
    }

    private void SplitLines()
    {
        var at = 0;
        while (at <= text.Length)
        {
            var end = text.IndexOf('\n', at);
            if (end < 0) end = text.Length;
            if (count == starts.Length)
            {
                Array.Resize(ref starts, count * 2);
                Array.Resize(ref ends, count * 2);
            }
            starts[count] = at;
            ends[count] = end;
            count++;
            at = end + 1;
        }
    }

    private ReadOnlySpan<char> Line(int i) => text.AsSpan(starts[i], ends[i] - starts[i]);

    private int FileLine(int i) => firstLine + i;

    private static int Indent(ReadOnlySpan<char> span)
    {
        var i = 0;
        while (i < span.Length && span[i] == ' ') i++;
        return i;
    }

    /// <summary>Blank lines and whole-line comments, which YamlDotNet skips as well.</summary>
    private void SkipBlank()
    {
        while (line < count)
        {
            var span = Line(line);
            var i = Indent(span);
            if (i < span.Length && span[i] != '#') return;
            line++;
        }
    }

    private bool Counted() => ++nodes <= Limits.MaxYamlNodes;

    private YamlNode? Document()
    {
        SkipBlank();
        if (line == count || Indent(Line(line)) != 0) return null;
        var root = Mapping(0, depth: 0);
        if (root is null) return null;
        SkipBlank();
        return line == count ? root : null;
    }

    /// <summary>
    /// A block mapping whose keys stand at column <paramref name="indent"/>, from the current line
    /// (whose key may follow a list item's "- ").
    /// </summary>
    private YamlMapping? Mapping(int indent, int depth)
    {
        if (depth >= Limits.MaxYamlDepth || !Counted()) return null;
        var (startLine, entries) = (line, new List<KeyValuePair<YamlScalar, YamlNode>>());
        while (true)
        {
            var span = Line(line);
            var colon = KeyEnd(span, indent);
            if (colon < 0 || !Counted() || entries.Count >= 64) return null;
            var name = span[indent..colon];
            foreach (var entry in entries)
            {
                if (name.SequenceEqual(entry.Key.Value)) return null;
            }
            var key = new YamlScalar(name.ToString(), false, FileLine(line), indent + 1);
            var at = Skip(span, colon + 1);
            YamlNode? value;
            if (at == span.Length)
            {
                line++;
                value = Nested(indent, depth + 1);
            }
            else
            {
                value = Inline(span, at, depth + 1);
                line++;
            }
            if (value is null) return null;
            entries.Add(new(key, value));
            SkipBlank();
            if (line == count) break;
            var next = Indent(Line(line));
            if (next < indent) break;
            if (next > indent) return null;
        }
        return new YamlMapping(entries, FileLine(startLine), indent + 1);
    }

    /// <summary>The value of a key with nothing after its colon: a list or a mapping below it (empty is YamlDotNet's).</summary>
    private YamlNode? Nested(int indent, int depth)
    {
        SkipBlank();
        if (line == count) return null;
        var span = Line(line);
        var column = Indent(span);
        if (column >= indent && IsItem(span, column)) return Sequence(column, depth);
        return column > indent ? Mapping(column, depth) : null;
    }

    /// <summary>A block list whose "- " stand at column <paramref name="column"/>.</summary>
    private YamlSequence? Sequence(int column, int depth)
    {
        if (depth >= Limits.MaxYamlDepth || !Counted()) return null;
        var (startLine, items) = (line, new List<YamlNode>());
        while (true)
        {
            var span = Line(line);
            var at = Skip(span, column + 1);
            if (at == span.Length) return null;
            YamlNode? item;
            if (KeyEnd(span, at) >= 0)
            {
                item = Mapping(at, depth + 1);
            }
            else
            {
                item = Inline(span, at, depth + 1);
                line++;
            }
            if (item is null) return null;
            items.Add(item);
            SkipBlank();
            if (line == count) break;
            var next = Line(line);
            var nextColumn = Indent(next);
            if (nextColumn < column) break;
            if (nextColumn > column) return null;
            if (!IsItem(next, column)) break;
        }
        return new YamlSequence(items, FileLine(startLine), column + 1);
    }

    private static bool IsItem(ReadOnlySpan<char> span, int at) => at + 1 < span.Length && span[at] == '-' && span[at + 1] == ' ';

    /// <summary>
    /// Where the colon of a "key: " (or "key:" at the end of the line) starting at
    /// <paramref name="at"/> is; -1 when the line has no such key there.
    /// </summary>
    private static int KeyEnd(ReadOnlySpan<char> span, int at)
    {
        if (at >= span.Length || !char.IsAsciiLetter(span[at])) return -1;
        var i = at + 1;
        while (i < span.Length && (char.IsAsciiLetterOrDigit(span[i]) || span[i] is '_' or '-')) i++;
        if (i == span.Length || span[i] != ':') return -1;
        return i + 1 == span.Length || span[i + 1] == ' ' ? i : -1;
    }

    private static int Skip(ReadOnlySpan<char> span, int at)
    {
        while (at < span.Length && span[at] == ' ') at++;
        return at;
    }

    /// <summary>A value that ends on its own line: quoted text, a plain word or phrase, or a one-line list.</summary>
    private YamlNode? Inline(ReadOnlySpan<char> span, int at, int depth)
    {
        var (node, end) = span[at] == '[' ? FlowList(span, at, depth) : Scalar(span, at, inFlow: false);
        return node is not null && Skip(span, end) == span.Length ? node : null;
    }

    private (YamlNode?, int End) FlowList(ReadOnlySpan<char> span, int at, int depth)
    {
        if (depth >= Limits.MaxYamlDepth || !Counted()) return (null, 0);
        var items = new List<YamlNode>();
        var i = Skip(span, at + 1);
        if (i < span.Length && span[i] == ']') return (new YamlSequence(items, FileLine(line), at + 1), i + 1);
        while (i < span.Length)
        {
            var (item, end) = Scalar(span, i, inFlow: true);
            if (item is null) return (null, 0);
            items.Add(item);
            i = Skip(span, end);
            if (i == span.Length) break;
            if (span[i] == ']') return (new YamlSequence(items, FileLine(line), at + 1), i + 1);
            if (span[i] != ',') break;
            i = Skip(span, i + 1);
            if (i < span.Length && span[i] == ']') break; // a trailing comma: YamlDotNet's to judge
        }
        return (null, 0);
    }

    /// <summary>
    /// Quoted text on one line without backslashes (double quotes) or with '' for a quote (single
    /// quotes), or plain text of letters, digits, spaces and a few safe marks; its end is returned.
    /// </summary>
    private (YamlScalar?, int End) Scalar(ReadOnlySpan<char> span, int at, bool inFlow)
    {
        if (!Counted()) return (null, 0);
        var (fileLine, column) = (FileLine(line), at + 1);
        switch (span[at])
        {
            case '"':
                {
                    var close = span[(at + 1)..].IndexOfAny('"', '\\');
                    if (close < 0 || span[at + 1 + close] == '\\') return (null, 0);
                    return (new YamlScalar(span.Slice(at + 1, close).ToString(), true, fileLine, column), at + close + 2);
                }
            case '\'':
                {
                    var value = new System.Text.StringBuilder();
                    for (var i = at + 1; i < span.Length; i++)
                    {
                        if (span[i] != '\'')
                        {
                            value.Append(span[i]);
                        }
                        else if (i + 1 < span.Length && span[i + 1] == '\'')
                        {
                            value.Append('\'');
                            i++;
                        }
                        else
                        {
                            return (new YamlScalar(value.ToString(), true, fileLine, column), i + 1);
                        }
                    }
                    return (null, 0);
                }
            default:
                {
                    if (!char.IsAsciiLetterOrDigit(span[at])) return (null, 0);
                    var i = at + 1;
                    while (i < span.Length && IsPlain(span[i], inFlow)) i++;
                    var end = i;
                    while (span[end - 1] == ' ') end--;
                    return (new YamlScalar(span[at..end].ToString(), false, fileLine, column), i);
                }
        }
    }

    /// <summary>
    /// Marks that mean nothing to YAML inside a plain value: no colon, hash, quote, bracket,
    /// brace, or indicator such as &amp;, *, !, |, &gt;, %, @ or `; in a flow list, no comma either.
    /// </summary>
    private static bool IsPlain(char c, bool inFlow) =>
        char.IsAsciiLetterOrDigit(c) || c is ' ' or '-' or '_' or '.' or '/' or '+' or '(' or ')' or '?' or ';' or '=' || (c == ',' && !inFlow);
}
