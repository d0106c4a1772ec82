using System.Globalization;
using System.Text;

namespace BackpainGuide.Index;

/// <summary>
/// Splits text into search words: lower-cased, accents folded (é → e), apostrophes dropped so
/// "don't" is one word, everything else that is not a letter or digit a separator. The theme's
/// search.js does the same to a query; stems never need to agree because the vocabulary ships.
/// </summary>
public static class Tokenizer
{
    public static List<string> Words(string text)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        foreach (var c in Fold(text))
        {
            if (char.IsLetterOrDigit(c)) current.Append(c);
            else if (c is '\'' or '\u2019') continue;
            else Flush();
        }
        Flush();
        return words;

        void Flush()
        {
            if (current.Length == 0) return;
            words.Add(current.ToString());
            current.Clear();
        }
    }

    /// <summary>Lower case without accents. ASCII text, nearly all of it, skips normalisation.</summary>
    public static string Fold(string text)
    {
        if (text.All(char.IsAscii)) return text.ToLowerInvariant();
        var decomposed = text.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) sb.Append(c);
        }
        return sb.ToString().Normalize(NormalizationForm.FormC);
    }
}
