using BackpainGuide.Diagnostics;
using BackpainGuide.Layout;
using BackpainGuide.Link;
using BackpainGuide.Load;
using BackpainGuide.Model;

namespace BackpainGuide.Build;

/// <summary>
/// What the pipeline would write: the site model (null when the content has errors), every
/// output file with the function that makes its bytes, and the diagnostics. The search index is
/// planned apart, on first use: it is global and the slowest part, so the preview can serve
/// edited pages before it.
/// </summary>
public sealed record SitePlan(IReadOnlyList<Diagnostic> Diagnostics, SiteModel? Site, IReadOnlyList<OutputFile> Pages,
    Lazy<IReadOnlyList<OutputFile>> Search)
{
    /// <summary>Every file of the site: the search index, then the pages and other files.</summary>
    public IReadOnlyList<OutputFile> Files => [.. Search.Value, .. Pages];

    /// <summary>The rendered content the site was linked from (null when the content has errors).</summary>
    public Content? Content { get; init; }

    /// <summary>What the outputs were planned from (null when nothing was planned).</summary>
    public LayoutContext? Context { get; init; }

    public bool Succeeded => Site is not null && !Diagnostics.Any(d => d.Severity == Severity.Error);
}
