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

    public static IReadOnlyList<OutputFile> Plan(LayoutContext context, IReadOnlyList<IOutputUnit> items, IReadOnlyList<IAggregateUnit> aggregates)
    {
        var files = new List<OutputFile>();
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        void Add(string unit, IEnumerable<OutputFile> planned)
        {
            foreach (var file in planned)
            {
                if (!owners.TryAdd(file.Path, unit))
                {
                    throw new InvalidOperationException($"output '{file.Path}' is planned twice: by {owners[file.Path]} and by {unit}");
                }
                files.Add(file);
            }
        }
        foreach (var unit in items) Add(unit.Name, unit.Plan(context));
        foreach (var unit in aggregates) Add(unit.Name, unit.Plan(context, files.ToList()));
        return files;
    }
}
