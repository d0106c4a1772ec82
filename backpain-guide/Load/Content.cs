using BackpainGuide.Model;

namespace BackpainGuide.Load;

/// <summary>Everything the load stage read: the input of validation and of all later stages.</summary>
public sealed record Content(
    SiteSettings Site,
    IReadOnlyList<TagDefinition> Tags,
    IReadOnlyList<Question> Questions,
    IReadOnlyList<PlainPage> Pages,
    LinkResolver Links,
    IReadOnlyList<SynonymGroup> Synonyms);
