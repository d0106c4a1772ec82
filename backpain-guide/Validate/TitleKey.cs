using System.Globalization;
using System.Text;
using Lucene.Net.Analysis.Miscellaneous;

namespace BackpainGuide.Validate;

/// <summary>
/// What two titles are compared by, so that titles readers cannot tell apart count as the same:
/// format characters and combining marks dropped, case folded, compatibility forms and accented
/// letters folded to their base letters (ﬁ → fi, Ｗ → w, é and e + U+0301 → e), the Greek and
/// Cyrillic letters that look like Latin ones read as those, and runs of white space as one space.
/// The generator runs with invariant globalization, where string.Normalize leaves text unchanged
/// (a test proves it), so the key is built from Lucene's ASCII folding and the character
/// categories .NET always has, rather than from NFKC.
/// </summary>
public static class TitleKey
{
    // Greek and Cyrillic lower-case letters that render like a Latin letter, and that letter.
    private const string LookAlikeLetters = "авеёһіїјкмнорстухѕԁԛԝɡαβεηικνορτυχϲ";
    private const string LatinLetters = "abeehiijkmhopctyxsdqwgabenikvoptuxc";

    private static readonly Dictionary<char, char> LookAlikes =
        LookAlikeLetters.Zip(LatinLetters).ToDictionary(p => p.First, p => p.Second);

    public static string Of(string title)
    {
        var kept = new StringBuilder(title.Length);
        Span<char> pair = stackalloc char[2];
        foreach (var rune in title.ToLowerInvariant().EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            if (category is UnicodeCategory.Format or UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark) continue;
            if (Rune.IsWhiteSpace(rune))
            {
                if (kept.Length > 0 && kept[^1] != ' ') kept.Append(' ');
                continue;
            }
            if (rune.IsBmp) kept.Append(LookAlikes.TryGetValue((char)rune.Value, out var latin) ? latin : (char)rune.Value);
            else kept.Append(pair[..rune.EncodeToUtf16(pair)]); // a string per rune was most of the key's cost
        }
        var text = kept.ToString().TrimEnd(' ');
        if (System.Text.Ascii.IsValid(text)) return text;
        var input = text.ToCharArray();
        var output = new char[input.Length * 4];
        var length = ASCIIFoldingFilter.FoldToASCII(input, 0, output, 0, input.Length);
        return new string(output, 0, length).ToLowerInvariant();
    }
}
