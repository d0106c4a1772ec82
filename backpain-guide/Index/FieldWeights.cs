namespace BackpainGuide.Index;

/// <summary>
/// The fields a question is searched on and how much a match in each counts (BM25, field-weighted): the title
/// says what the page answers, the summary is the answer in short, headings and tags name its parts.
/// </summary>
public static class FieldWeights
{
    public const int Title = 0, Summary = 1, Headings = 2, Tags = 3, Body = 4;

    public static readonly IReadOnlyList<string> Names = ["title", "summary", "headings", "tags", "body"];

    public static readonly IReadOnlyList<double> Weights = [6.0, 3.0, 2.0, 2.0, 1.0];

    /// <summary>BM25's term-frequency saturation and length normalisation, the usual values.</summary>
    public const double K1 = 1.2, B = 0.75;

    /// <summary>
    /// What the share of the query found in a page's title adds to its score (the browser's rank:
    /// score × (1 + TitleBonus × share)); shipped in meta.json so the browser and the postings'
    /// head order (<see cref="IndexFiles.Head"/>) agree.
    /// </summary>
    public const int TitleBonus = 1;
}
