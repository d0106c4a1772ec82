namespace BackpainGuide.Model;

/// <summary>Words and phrases readers use for the same thing, from input/synonyms.yml, lower-case.</summary>
public sealed record SynonymGroup(IReadOnlyList<string> Phrases);
