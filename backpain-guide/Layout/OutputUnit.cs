using BackpainGuide.Link;
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

/// <summary>
/// A unit whose outputs each belong to one question: besides the site-wide view (settings, tags,
/// theme), a question's outputs are made from its <see cref="QuestionPage"/> alone, which holds
/// the question and everything of other questions its page shows (related questions, backlinks).
/// The preview relies on this to remake only the outputs of pages that changed; a unit must not
/// read other questions through the context here.
/// </summary>
public interface IQuestionOutputs
{
    IEnumerable<OutputFile> PlanFor(LayoutContext context, QuestionPage page);
}

/// <summary>A unit that describes the other outputs (sitemap.xml, _headers, llms.txt): planned after every item unit, reading what they planned.</summary>
public interface IAggregateUnit
{
    string Name { get; }

    IEnumerable<OutputFile> Plan(LayoutContext context, IReadOnlyList<OutputFile> planned);
}
