using BackpainGuide.Layout.Units;

namespace BackpainGuide.Layout;

/// <summary>
/// Every kind of output the site has, in one list. A new kind is one new unit file and one line
/// here. Aggregates come after the items because they read what the items planned.
/// </summary>
public static class SiteUnits
{
    public static readonly IReadOnlyList<IOutputUnit> Items =
    [
        new AssetsUnit(),
        new SearchDataUnit(),
        new HomeUnit(),
        new QuestionPagesUnit(),
        new TagPagesUnit(),
        new RegionPagesUnit(),
        new PlainPagesUnit(),
        new SearchPageUnit(),
        new NotFoundUnit(),
        new EmbedScriptUnit(),
        new EmbedQuestionPagesUnit(),
        new EmbedTagPagesUnit(),
        new EmbedExplainerUnit(),
        new OembedUnit(),
        new ApiUnit(),
        new ManifestUnit(),
    ];

    public static readonly IReadOnlyList<IAggregateUnit> Aggregates =
    [
        new SitemapUnit(),
        new RobotsUnit(),
        new LlmsUnit(),
        new HeadersUnit(),
    ];
}
