using BackpainGuide.Model;

namespace BackpainGuide.Layout;

/// <summary>
/// One kind of output (question pages, the sitemap, ...). Planning is cheap: it yields the files'
/// paths and how to make their bytes, which the writer runs later, in parallel.
/// </summary>
public interface IOutputUnit
{
    string Name { get; }

    IEnumerable<OutputFile> Plan(LayoutContext context);
}

/// <summary>A unit that describes the other outputs (sitemap.xml, _headers, llms.txt): planned after every item unit, reading what they planned.</summary>
public interface IAggregateUnit
{
    string Name { get; }

    IEnumerable<OutputFile> Plan(LayoutContext context, IReadOnlyList<OutputFile> planned);
}
