using System.Text;

namespace BackpainGuide.Layout;

/// <summary>Values written into Markdown (llms.txt) as text: nothing in them can become markup, a link or HTML.</summary>
public static class Markdown
{
    // Characters that are markup anywhere in a line; '-', '+' and "1." only start a list at the
    // start of a line, and '(' only matters after a ']', which is escaped.
    private const string Special = "\\`*_[]<>#|~&!";

    public static string Text(string value)
    {
        var sb = new StringBuilder(value.Length + 8);
        var digits = 0;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsControl(c)) sb.Append(' ');
            else if (Special.Contains(c) || (i == 0 && c is '-' or '+' or '=') || (c == '.' && digits == i && i > 0)) sb.Append('\\').Append(c);
            else sb.Append(c);
            if (char.IsAsciiDigit(c) && digits == i) digits++;
        }
        return sb.ToString();
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
