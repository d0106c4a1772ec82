namespace BackpainGuide.Model;

/// <summary>
/// Words and phrases readers use for the same thing, from input/synonyms.yml, lower-case. An
/// urgent group names an emergency sign (<c>- urgent: [...]</c>): a query with one of its phrases
/// lists the urgent question first.
/// </summary>
public sealed record SynonymGroup(IReadOnlyList<string> Phrases, bool Urgent = false);
