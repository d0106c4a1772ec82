using System.Globalization;
using System.Text;

namespace BackpainGuide.Load;

/// <summary>
/// Invisible format characters (Unicode category Cf: zero-width space and joiners, bidi marks,
/// embeddings, overrides and isolates, soft hyphen, word joiner, a stray byte-order mark...).
/// In a title or a heading they make text that reads the same as other text but is not: a
/// second "When is lower back pain an emergency?", or a heading whose id differs from what readers
/// see. Refused where text names a page or an anchor.
/// </summary>
public static class FormatCharacters
{
    /// <summary>The index of the first format character in text, or -1.</summary>
    public static int IndexOf(string text, int start = 0, int end = -1)
    {
        if (end < 0) end = text.Length;
        for (var i = start; i < end; i++)
        {
            // Every Cf character of Unicode lies outside ASCII; most text never looks further.
            if (text[i] < 0x80) continue;
            if (Rune.DecodeFromUtf16(text.AsSpan(i, end - i), out var rune, out _) == System.Buffers.OperationStatus.Done
                && Rune.GetUnicodeCategory(rune) == UnicodeCategory.Format)
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>"U+200B" for the character at index.</summary>
    public static string Name(string text, int index) =>
        "U+" + Rune.GetRuneAt(text, index).Value.ToString("X4", CultureInfo.InvariantCulture);

    /// <summary>The message for a title: which character, and where in the value.</summary>
    public static string InTitle(string title, int index) =>
        $"title has an invisible format character, {Name(title, index)}, at character {index + 1}: remove it (readers cannot see it, so two titles could look the same)";
}
