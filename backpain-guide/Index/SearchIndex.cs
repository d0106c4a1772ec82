namespace BackpainGuide.Index;

/// <summary>
/// One posting: a question (its position in <see cref="SearchIndex.Documents"/>), the stem's weight there, and
/// whether the stem is in the question's title (an ordinary one: see <see cref="IndexBuilder.TitleCounts"/>).
/// </summary>
public readonly record struct Posting(int Document, int Weight, bool InTitle = false);

/// <summary>
/// The built index, before it is cut into files. <see cref="Vocabulary"/> maps every surface word
/// (and every synonym word) to its stem; <see cref="Postings"/> maps a stem to the questions that
/// contain it, in document order, with a precomputed BM25 weight summed over fields (× <see cref="IndexBuilder.WeightScale"/>, so it ships as an integer);
/// <see cref="Synonyms"/> are the synonym groups, each phrase as its stems, and <see cref="UrgentGroups"/> the
/// positions in it of the groups that name an emergency sign.
/// </summary>
public sealed record SearchIndex(
    IReadOnlyList<SearchDocument> Documents,
    SortedDictionary<string, string> Vocabulary,
    SortedDictionary<string, List<Posting>> Postings,
    IReadOnlyList<IReadOnlyList<IReadOnlyList<string>>> Synonyms,
    IReadOnlyList<int> UrgentGroups,
    SearchLanguage Language);
