using Markdig.Syntax;

namespace BackpainGuide.Model;

/// <summary>A source cited by a question.</summary>
public sealed record SourceRef(string Title, string? Publisher, int? Year, Spanned<string> Url);

/// <summary>
/// A reader question as loaded from input/questions/&lt;slug&gt;.md: front matter values keep their
/// positions so that later stages can report problems at the right spot.
/// </summary>
public sealed record Question(
    string Slug,
    string SourcePath,
    Spanned<string> Title,
    Spanned<string> Summary,
    IReadOnlyList<Spanned<string>> Tags,
    IReadOnlyList<Spanned<string>> Related,
    Spanned<DateOnly> Reviewed,
    IReadOnlyList<SourceRef> Sources,
    MarkdownBody Body,
    Spanned<DateOnly>? NextReview = null)
{
    /// <summary>The areas of the body the question is about, names from regions.yml (the <c>where:</c> field).</summary>
    public IReadOnlyList<Spanned<string>> Where { get; init; } = [];
}

/// <summary>A plain page from input/pages/&lt;slug&gt;.md (about, disclaimer...).</summary>
public sealed record PlainPage(
    string Slug,
    string SourcePath,
    Spanned<string> Title,
    Spanned<string> Summary,
    MarkdownBody Body);

/// <summary>
/// The parsed Markdown of a file. <see cref="FirstLine"/> is the 1-based file line of the body's
/// first line; Markdig counts lines from 0 within the body.
/// </summary>
public sealed record MarkdownBody(MarkdownDocument Document, int FirstLine, IReadOnlyList<Heading> Headings)
{
    private static readonly MarkdownDocument Empty = new();

    /// <summary>The heading ids, for link checking: one lookup per link, however many headings.</summary>
    public IReadOnlySet<string> HeadingIds { get; } = Headings.Select(h => h.Id).ToHashSet(StringComparer.Ordinal);

    /// <summary>Every link, image and autolink of the body, in document order.</summary>
    public IReadOnlyList<BodyLink> Links { get; init; } = [];

    /// <summary>The names of the body's urgency cards (<c>::: emergency</c> ...), in document order.</summary>
    public IReadOnlyList<string> Cards { get; init; } = [];

    /// <summary>The rendered HTML, once the render stage has run.</summary>
    public string? Html { get; init; }

    /// <summary>The readable text, once the render stage has run.</summary>
    public string? PlainText { get; init; }

    public bool IsRendered => Html is not null;

    /// <summary>
    /// The rendered body without its syntax tree. The trees of a large site (and the source text
    /// they point into) are most of its memory, and nothing after rendering needs them.
    /// </summary>
    public MarkdownBody Rendered(string html, string plainText) => this with { Document = Empty, Html = html, PlainText = plainText };
}

/// <summary>A link as written in a body, with its 1-based file position.</summary>
public sealed record BodyLink(string Url, bool IsImage, bool IsAutolink, int Line, int Column);

/// <summary>A heading of a body, with the id its anchor gets.</summary>
public sealed record Heading(int Level, string Text, string Id);
