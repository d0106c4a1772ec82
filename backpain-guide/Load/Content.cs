using BackpainGuide.Model;

namespace BackpainGuide.Load;

/// <summary>Everything the load stage read: the input of validation and of all later stages.</summary>
public sealed record Content(
    SiteSettings Site,
    IReadOnlyList<TagDefinition> Tags,
    IReadOnlyList<Question> Questions,
    IReadOnlyList<PlainPage> Pages,
    LinkResolver Links,
    IReadOnlyList<SynonymGroup> Synonyms)
{
    /// <summary>
    /// Questions of files that had errors, read as far as they could be: the cross-file rules
    /// still check their tags, related slugs, links and backlinks, so one run reports everything.
    /// A field that could not be read is empty (text "", date <see cref="DateOnly.MinValue"/>):
    /// rules about that field skip these. Never rendered; their errors stop the build.
    /// </summary>
    public IReadOnlyList<Question> IncompleteQuestions { get; init; } = [];

    /// <summary>Plain pages of files that had errors, as for <see cref="IncompleteQuestions"/>.</summary>
    public IReadOnlyList<PlainPage> IncompletePages { get; init; } = [];

    /// <summary>input/regions.yml, when the guide has one: the body map and the where: vocabulary.</summary>
    public BodyMap? Map { get; init; }
}
