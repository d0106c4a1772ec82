using System.Text;
using BackpainGuide.Layout;
using CsCheck;

namespace BackpainGuide.Tests.Fuzz;

/// <summary>
/// Markdown.Text (llms.txt's escaping) returns plain text untouched without looking at it
/// character by character. Random text made of markup characters, digits, dots, list markers,
/// control characters and words must escape exactly as the rule, applied character by
/// character, says, whether or not the shortcut is taken.
/// </summary>
public class MarkdownTextFuzzTests
{
    private static readonly string[] Pieces =
    [
        "back", "pain", " ", "12", "3", ".", "-", "+", "=", "\\", "`", "*", "_", "[", "]", "<", ">", "#", "|", "~", "&", "!",
        "(", ")", "\t", "\n", "\u0000", "\u007f", "\u0085", "\u009f", "é", "😀", "1.", "a.b",
    ];

    private static readonly Gen<string> Text = Gen.OneOf(Gen.OneOf(Pieces), Gen.String[Gen.Char.AlphaNumeric, 1, 4]).Array[0, 8].Select(p => string.Concat(p));

    /// <summary>The rule, one character at a time: controls become spaces, markup characters get a backslash.</summary>
    private static string Rule(string value)
    {
        var sb = new StringBuilder();
        var digits = 0;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsControl(c)) sb.Append(' ');
            else if ("\\`*_[]<>#|~&!".Contains(c) || (i == 0 && c is '-' or '+' or '=') || (c == '.' && digits == i && i > 0)) sb.Append('\\').Append(c);
            else sb.Append(c);
            if (char.IsAsciiDigit(c) && digits == i) digits++;
        }
        return sb.ToString();
    }

    [Fact]
    public void Text_escapes_as_the_character_rule_says() =>
        Text.Sample(s =>
        {
            Assert.Equal(Rule(s), Markdown.Text(s));
            Assert.Equal(Rule(s), new StringBuilder().AppendMarkdownText(s).ToString());
        }, iter: 5000);

    [Fact]
    public void Plain_text_comes_back_as_the_same_string()
    {
        const string plain = "Running with lower back pain, 2 days a week";
        Assert.Same(plain, Markdown.Text(plain));
        Assert.Equal("1\\. sciatica", Markdown.Text("1. sciatica"));
        Assert.Equal("\\- 12", Markdown.Text("- 12"));
    }
}
