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
        foreach (var word in FoldedWords(text)) words.Add(word.ToString());
        return words;
    }

    /// <summary>
    /// The words of <paramref name="text"/> as <see cref="Fold"/> would give them. ASCII text,
    /// nearly all of it, is lower-cased a word at a time as it is read rather than copied whole first.
    /// </summary>
    public static WordEnumerator FoldedWords(string text) =>
        System.Text.Ascii.IsValid(text) ? new WordEnumerator(text, lowerAscii: true) : new WordEnumerator(Fold(text));

    /// <summary>
    /// The words of already folded text, as spans into a reused buffer: indexing 10,000 pages
    /// sees millions of words but only thousands of distinct ones, so words are not allocated.
    /// </summary>
    public ref struct WordEnumerator(string folded, bool lowerAscii = false)
    {
        private readonly string text = folded;
        private readonly bool lower = lowerAscii;
        private int position;
        private char[] buffer = [];

        public ReadOnlySpan<char> Current { get; private set; }

        public readonly WordEnumerator GetEnumerator() => this;

        public bool MoveNext()
        {
            var length = 0;
            while (position < text.Length)
            {
                var c = text[position++];
                if (char.IsLetterOrDigit(c))
                {
                    if (length == buffer.Length) Array.Resize(ref buffer, Math.Max(32, buffer.Length * 2));
                    buffer[length++] = lower && char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c;
                }
                else if (c is not ('\'' or '\u2019') && length > 0)
                {
                    break;
                }
            }
            Current = buffer.AsSpan(0, length);
            return length > 0;
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
        if (System.Text.Ascii.IsValid(lower)) return lower;
        var input = lower.ToCharArray();
        var output = new char[input.Length * 4];
        var length = ASCIIFoldingFilter.FoldToASCII(input, 0, output, 0, input.Length);
        return new string(output, 0, length);
    }
}
