using BackpainGuide.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace BackpainGuide.Load.Yaml;

/// <summary>
/// Reads one YAML document into a <see cref="YamlNode"/> tree from the parser's event stream.
/// Working from events rather than YamlDotNet's object model lets us keep positions, and refuse
/// what a content file never needs but an attacker might use: anchors and aliases (the
/// "billion laughs" expansion), explicit tags, deep nesting and huge node counts.
/// </summary>
public sealed class YamlReader
{
    private readonly string path;
    private readonly int firstLine;
    private readonly DiagnosticBag diagnostics;
    private int nodes;

    private YamlReader(string path, int firstLine, DiagnosticBag diagnostics)
    {
        this.path = path;
        this.firstLine = firstLine;
        this.diagnostics = diagnostics;
    }

    /// <summary>
    /// Parses <paramref name="yaml"/>, whose first line is line <paramref name="firstLine"/> of the
    /// file. Returns null (after reporting) when the text is not acceptable; an empty document
    /// gives an empty mapping. Front matter in the plain form nearly every file uses is read by
    /// <see cref="SimpleYaml"/>, without YamlDotNet's general scanner; anything else, broken text
    /// included, by YamlDotNet.
    /// </summary>
    public static YamlNode? Read(string yaml, string path, int firstLine, DiagnosticBag diagnostics) =>
        LineSeparators.Check(yaml, path, firstLine, diagnostics)
            ? SimpleYaml.TryRead(yaml, firstLine) ?? new YamlReader(path, firstLine, diagnostics).ReadDocument(yaml)
            : null;

    /// <summary>YamlDotNet's reading alone, which <see cref="SimpleYaml"/> must agree with (tests).</summary>
    internal static YamlNode? ReadWithYamlDotNet(string yaml, string path, int firstLine, DiagnosticBag diagnostics) =>
        LineSeparators.Check(yaml, path, firstLine, diagnostics) ? new YamlReader(path, firstLine, diagnostics).ReadDocument(yaml) : null;

    private YamlNode? ReadDocument(string yaml)
    {
        var scanner = new Scanner(new StringReader(yaml), skipComments: true);
        try
        {
            var parser = new Parser(scanner);
            parser.Consume<StreamStart>();
            if (parser.TryConsume<StreamEnd>(out _)) return new YamlMapping([], firstLine, 1);
            parser.Consume<DocumentStart>();
            var root = ReadNode(parser, depth: 0);
            parser.Consume<DocumentEnd>();
            if (!parser.TryConsume<StreamEnd>(out _))
            {
                var at = parser.Current;
                Report(Codes.MalformedYaml, at?.Start ?? Mark.Empty, "only one YAML document is allowed here");
                return null;
            }
            return root;
        }
        catch (YamlException ex)
        {
            Report(Codes.MalformedYaml, ex.Start, "invalid YAML: " + CleanMessage(ex));
            return null;
        }
        catch (LimitException ex)
        {
            Report(ex.Code, ex.Mark, ex.Message);
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this instead of a YamlException on some malformed
            // input, e.g. a line "[[[[x" among block mapping fields.
            Report(Codes.MalformedYaml, scanner.CurrentPosition, "invalid YAML at or just before this point: unbalanced or misplaced '[', '{', ']' or '}'?");
            return null;
        }
    }

    private YamlNode ReadNode(IParser parser, int depth)
    {
        if (++nodes > Limits.MaxYamlNodes)
        {
            throw new LimitException(Codes.TooDeep, parser.Current?.Start ?? Mark.Empty,
                $"more than {Limits.MaxYamlNodes:N0} YAML values; the file is too large to be front matter");
        }

        var ev = parser.Consume<ParsingEvent>();
        switch (ev)
        {
            case AnchorAlias alias:
                throw new LimitException(Codes.YamlAlias, alias.Start, "YAML aliases (*name) are not allowed; write the value out");
            case NodeEvent node when !node.Anchor.IsEmpty:
                throw new LimitException(Codes.YamlAlias, node.Start, "YAML anchors (&name) are not allowed; write the value out");
            case NodeEvent node when !node.Tag.IsEmpty && !node.Tag.IsNonSpecific:
                throw new LimitException(Codes.YamlAlias, node.Start, $"explicit YAML tags ({node.Tag.Value}) are not allowed");
            case Scalar scalar:
                return new YamlScalar(scalar.Value, scalar.Style is not ScalarStyle.Plain, Line(scalar.Start), Col(scalar.Start));
            case SequenceStart start:
                {
                    CheckDepth(start, depth);
                    var items = new List<YamlNode>();
                    while (!parser.TryConsume<SequenceEnd>(out _)) items.Add(ReadNode(parser, depth + 1));
                    return new YamlSequence(items, Line(start.Start), Col(start.Start));
                }
            case MappingStart start:
                {
                    CheckDepth(start, depth);
                    var entries = new List<KeyValuePair<YamlScalar, YamlNode>>();
                    var seen = new HashSet<string>(StringComparer.Ordinal);
                    while (!parser.TryConsume<MappingEnd>(out _))
                    {
                        var keyStart = parser.Current?.Start ?? start.Start;
                        if (ReadNode(parser, depth + 1) is not YamlScalar key)
                        {
                            throw new LimitException(Codes.MalformedYaml, keyStart, "mapping keys must be plain text");
                        }
                        if (!seen.Add(key.Value))
                        {
                            throw new LimitException(Codes.MalformedYaml, keyStart, $"key '{key.Value}' is given twice");
                        }
                        entries.Add(new(key, ReadNode(parser, depth + 1)));
                    }
                    return new YamlMapping(entries, Line(start.Start), Col(start.Start));
                }
            default:
                throw new LimitException(Codes.MalformedYaml, ev.Start, $"unexpected YAML {ev.GetType().Name}");
        }
    }

    private static void CheckDepth(ParsingEvent ev, int depth)
    {
        if (depth >= Limits.MaxYamlDepth)
        {
            throw new LimitException(Codes.TooDeep, ev.Start, $"YAML is nested more than {Limits.MaxYamlDepth} levels deep");
        }
    }

    private int Line(Mark mark) => (int)mark.Line + firstLine - 1;

    private static int Col(Mark mark) => (int)mark.Column;

    private void Report(string code, Mark mark, string message) =>
        diagnostics.Add(Diagnostic.Error(code, path, Math.Max(Line(mark), firstLine), Math.Max(Col(mark), 1), message));

    /// <summary>YamlDotNet prefixes messages with its own position; ours is already in the diagnostic.</summary>
    private static string CleanMessage(YamlException ex)
    {
        var message = ex.Message;
        var close = message.IndexOf("): ", StringComparison.Ordinal);
        return message.StartsWith("(Line", StringComparison.Ordinal) && close > 0 ? message[(close + 3)..] : message;
    }

    private sealed class LimitException(string code, Mark mark, string message) : Exception(message)
    {
        public string Code { get; } = code;

        public Mark Mark { get; } = mark;
    }
}
