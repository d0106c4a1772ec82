using System.Text;
using CsCheck;

namespace BackpainGuide.Tests.Fuzz;

/// <summary>
/// One edit to a file's bytes. Positions are taken modulo the file's size when applied, so any
/// generated edit applies to any file and shrinks to small numbers.
/// </summary>
internal sealed record Mutation(Mutation.Op Kind, int At, int Count, string Text)
{
    public enum Op
    {
        DeleteLine,
        DuplicateLine,
        InsertLine,
        InsertText,
        FlipByte,
        Truncate,
        Nest,

        /// <summary>Inserts the text inside one of the first lines, where the front matter is.</summary>
        InsertInFrontMatter,
    }

    /// <summary>Characters that mean something to YAML or Markdown, and some that mean trouble.</summary>
    internal static readonly string[] Specials =
    [
        "---", "- ", ": ", "&a ", "*a", "!!str ", "? ", "{", "}", "[", "]", "\"", "'", "|", ">", "# ", "```", "~~~",
        "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "](javascript:alert(1))", "[x](", "![", "*", "_",
        "\\", "\t", "\u00a0", "\ufeff", "\r", "\r\n", "&#106;", "&#x09;", "`", "<!--", "-->", "%YAML 1.1", "...",
        "related: [a, b, a]", "tags: {a: b}", "reviewed: 2026-02-30", "title: ", "summary:", "\u0000", "\ud83d\ude00", "\u202e",
        "[x]: javascript:alert(1)", "<vbscript:x>", "| a | b |\n|---|---|", "1. ", "+ ", "    ", "#", "\n",
        // Line separators YAML reads as line breaks, and invisible format and direction characters.
        "\u2028", "\u2029", "\u0085", "\u2028related: [x]", "\u0085tags: [red-flag]", "\u200b", "\u200e", "\u200f", "\u061c",
        "\u2066", "\u00ad", "\\u2028", "\\n", "\"red-flag\\n\"", "| a |\n|:-:|", "![x](http://x.org/a.png)", "![x](//x.org/a.png)",
    ];

    /// <summary>Prefixes that nest when repeated: quotes, lists, emphasis, brackets, flow YAML.</summary>
    internal static readonly string[] Nesters = ["> ", "- ", "  - ", "1. ", "*", "**", "[", "![", "_", "{a: ", "[[", "\"", "`"];

    public static readonly Gen<Mutation> Gen =
        CsCheck.Gen.Select(CsCheck.Gen.Enum<Op>(), CsCheck.Gen.Int[0, int.MaxValue], CsCheck.Gen.Int[1, 300],
            CsCheck.Gen.OneOf(CsCheck.Gen.OneOf(Specials), CsCheck.Gen.OneOf(Nesters), CsCheck.Gen.String),
            (kind, at, count, text) => new Mutation(kind, at, count, text));

    public byte[] Apply(byte[] file)
    {
        var text = Encoding.UTF8.GetBytes(Text);
        var lines = Lines(file);
        var line = lines.Count == 0 ? 0 : At % lines.Count;
        switch (Kind)
        {
            case Op.DeleteLine when lines.Count > 0:
                lines.RemoveAt(line);
                return Join(lines);
            case Op.DuplicateLine when lines.Count > 0:
                for (var i = 0; i < Count % 4 + 1; i++) lines.Insert(line, lines[line]);
                return Join(lines);
            case Op.InsertLine:
                lines.Insert(line, text);
                return Join(lines);
            case Op.InsertText:
                return Insert(file, At % (file.Length + 1), text);
            case Op.FlipByte when file.Length > 0:
                var copy = file.ToArray();
                copy[At % file.Length] ^= (byte)(Count % 255 + 1);
                return copy;
            case Op.Truncate:
                return file[..(At % (file.Length + 1))];
            case Op.InsertInFrontMatter when lines.Count > 0:
                var target = lines[At % Math.Min(lines.Count, 12)];
                var offset = Count % (target.Length + 1);
                lines[At % Math.Min(lines.Count, 12)] = Insert(target, offset, text);
                return Join(lines);
            case Op.Nest:
                var nested = string.Concat(Enumerable.Repeat(Text.Length is > 0 and <= 4 ? Text : "> ", Count)) + "x";
                lines.Insert(line, Encoding.UTF8.GetBytes(nested));
                return Join(lines);
            default:
                return file;
        }
    }

    private static List<byte[]> Lines(byte[] file)
    {
        var lines = new List<byte[]>();
        var start = 0;
        for (var i = 0; i < file.Length; i++)
        {
            if (file[i] != (byte)'\n') continue;
            lines.Add(file[start..i]);
            start = i + 1;
        }
        if (start < file.Length) lines.Add(file[start..]);
        return lines;
    }

    private static byte[] Join(List<byte[]> lines) => lines.SelectMany(l => l.Append((byte)'\n')).ToArray();

    private static byte[] Insert(byte[] file, int at, byte[] text) => [.. file[..at], .. text, .. file[at..]];

    public override string ToString() => $"{Kind} at {At} x{Count} \"{Text.Replace("\n", "\\n", StringComparison.Ordinal)}\"";
}
