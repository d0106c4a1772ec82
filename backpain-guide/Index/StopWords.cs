namespace BackpainGuide.Index;

/// <summary>
/// Words too common to help find a page. Short on purpose: "back", "pain", "run" are common in
/// this guide but still mean something. The list ships in the index so the browser drops the same.
/// </summary>
public static class StopWords
{
    public static readonly IReadOnlyList<string> List =
    [
        "a", "about", "after", "all", "am", "an", "and", "any", "are", "as", "at", "be", "because", "been", "but", "by",
        "can", "could", "did", "do", "does", "doing", "for", "from", "had", "has", "have", "having", "he", "her", "him",
        "his", "how", "i", "if", "im", "in", "into", "is", "it", "its", "ive", "me", "my", "of", "on", "or", "our", "she",
        "should", "so", "some", "than", "that", "the", "their", "them", "then", "there", "these", "they", "this", "those",
        "to", "too", "us", "was", "we", "were", "what", "when", "where", "which", "while", "who", "why", "will", "with",
        "would", "you", "your",
    ];

    private static readonly HashSet<string> Set = new(List, StringComparer.Ordinal);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SpanSet = Set.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool Contains(string word) => Set.Contains(word);

    public static bool Contains(ReadOnlySpan<char> word) => SpanSet.Contains(word);
}
