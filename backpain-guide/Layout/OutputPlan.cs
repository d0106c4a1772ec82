using BackpainGuide.Link;
using BackpainGuide.Model;

namespace BackpainGuide.Layout;

/// <summary>
/// Runs the units of <see cref="SiteUnits"/> in order, item units then aggregates, and refuses
/// two outputs with the same path: a collision is a bug in a unit, never settled by order.
/// </summary>
public static class OutputPlan
{
    public static IReadOnlyList<OutputFile> Plan(LayoutContext context) =>
        Plan(context, SiteUnits.Items, SiteUnits.Aggregates);

    /// <summary>
    /// The same plan in two parts: every unit but those <paramref name="later"/> picks, now; the
    /// picked ones on first use of the second part (the preview serves pages before the search
    /// index). The aggregates read only the first part, so a later unit's files must ask for no
    /// sitemap entry or headers: that, and a path planned twice, is refused as in the whole plan.
    /// </summary>
    public static (IReadOnlyList<OutputFile> Now, Lazy<IReadOnlyList<OutputFile>> Later) Plan(LayoutContext context,
        Func<IOutputUnit, bool> later, Action? planningLater = null)
    {
        var now = Plan(context, SiteUnits.Items.Where(u => !later(u)).ToList(), SiteUnits.Aggregates);
        var deferred = SiteUnits.Items.Where(later).ToList();
        return (now, new Lazy<IReadOnlyList<OutputFile>>(() =>
        {
            planningLater?.Invoke();
            var paths = now.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
            var files = new List<OutputFile>();
            foreach (var unit in deferred)
            {
                foreach (var file in unit.Plan(context))
                {
                    if (!paths.Add(file.Path)) throw new InvalidOperationException($"output '{file.Path}' is planned twice: by {unit.Name} and another unit");
                    if (file.Sitemap is not null || file.Headers is not null)
                    {
                        throw new InvalidOperationException($"output '{file.Path}' of {unit.Name} is planned later but asks for a sitemap entry or headers");
                    }
                    files.Add(file with { Unit = unit.Name });
                }
            }
            return files;
        }));
    }

    /// <summary>The outputs of one question, by every unit that has such outputs (<see cref="IQuestionOutputs"/>), in list order.</summary>
    public static IReadOnlyList<OutputFile> PlanFor(LayoutContext context, QuestionPage page) =>
        SiteUnits.Items.OfType<IQuestionOutputs>().SelectMany(unit => unit.PlanFor(context, page)).ToList();

    public static IReadOnlyList<OutputFile> Plan(LayoutContext context, IReadOnlyList<IOutputUnit> items, IReadOnlyList<IAggregateUnit> aggregates)
    {
        var files = new List<OutputFile>();
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        void Add(string unit, IEnumerable<OutputFile> planned, bool aggregate = false)
        {
            foreach (var file in planned)
            {
                if (!owners.TryAdd(file.Path, unit))
                {
                    throw new InvalidOperationException($"output '{file.Path}' is planned twice: by {owners[file.Path]} and by {unit}");
                }
                files.Add(file with { Unit = unit, Aggregate = aggregate });
            }
        }
        foreach (var unit in items) Add(unit.Name, unit.Plan(context));
        foreach (var unit in aggregates) Add(unit.Name, unit.Plan(context, files.ToList()), aggregate: true);
        return files;
    }
}
