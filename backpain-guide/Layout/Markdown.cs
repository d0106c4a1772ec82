using System.Text;

namespace BackpainGuide.Layout;

/// <summary>Values written into Markdown (llms.txt) as text: nothing in them can become markup, a link or HTML.</summary>
public static class Markdown
{
    // Characters that are markup anywhere in a line; '-', '+' and "1." only start a list at the
    // start of a line, and '(' only matters after a ']', which is escaped.
    private static readonly System.Buffers.SearchValues<char> Special = System.Buffers.SearchValues.Create("\\`*_[]<>#|~&!");

    public static string Text(string value) =>
        IsPlain(value) ? value : AppendEscaped(new StringBuilder(value.Length + 8), value).ToString();

    /// <summary>Appends <paramref name="value"/> as <see cref="Text(string)"/> gives it, without making the string.</summary>
    public static StringBuilder AppendMarkdownText(this StringBuilder sb, ReadOnlySpan<char> value) =>
        IsPlain(value) ? sb.Append(value) : AppendEscaped(sb, value);

    private static StringBuilder AppendEscaped(StringBuilder sb, ReadOnlySpan<char> value)
    {
        var digits = 0;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsControl(c)) sb.Append(' ');
            else if (Special.Contains(c) || (i == 0 && c is '-' or '+' or '=') || (c == '.' && digits == i && i > 0)) sb.Append('\\').Append(c);
            else sb.Append(c);
            if (char.IsAsciiDigit(c) && digits == i) digits++;
        }
        return sb;
    }

    /// <summary>
    /// Text that needs no escape, nearly all of it: no markup character or control character
    /// anywhere, no list marker first, and no "1." of leading digits.
    /// </summary>
    private static bool IsPlain(ReadOnlySpan<char> value)
    {
        if (value.IsEmpty) return true;
        if (value[0] is '-' or '+' or '=' || value.ContainsAny(Special) || value.ContainsAnyInRange('\u0000', '\u001f') ||
            value.ContainsAnyInRange('\u007f', '\u009f'))
        {
            return false;
        }
        var digits = 0;
        while (digits < value.Length && char.IsAsciiDigit(value[digits])) digits++;
        return digits == 0 || digits == value.Length || value[digits] != '.';
    }

    /// <summary>A link target in angle brackets, with the characters that could end it percent-encoded.</summary>
    public static string Url(string url)
    {
        var sb = new StringBuilder(url.Length + 2).Append('<');
        foreach (var c in url)
        {
            if (c is '<' or '>' or ' ' or '\\' || char.IsControl(c)) sb.Append('%').Append(((int)c).ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            else sb.Append(c);
        }
        return sb.Append('>').ToString();
    }
}
