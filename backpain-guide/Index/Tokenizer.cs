using System.Text;
using Lucene.Net.Analysis.Miscellaneous;

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

    /// <summary>
    /// Lower case without accents. ASCII text, nearly all of it, is only lower-cased; the rest goes
    /// through Lucene's ASCII folding (é → e, ß → ss), since the program runs with invariant
    /// globalization, where .NET's Unicode normalisation is not available.
    /// </summary>
    public static string Fold(string text)
    {
        var lower = text.ToLowerInvariant();
        if (lower.All(char.IsAscii)) return lower;
        var input = lower.ToCharArray();
        var output = new char[input.Length * 4];
        var length = ASCIIFoldingFilter.FoldToASCII(input, 0, output, 0, input.Length);
        return new string(output, 0, length);
    }
}
