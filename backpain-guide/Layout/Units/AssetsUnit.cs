using BackpainGuide.Model;

namespace BackpainGuide.Layout.Units;

/// <summary>theme/assets/* copied as they are; pages link them with a content hash.</summary>
public sealed class AssetsUnit : IOutputUnit
{
    public string Name => "assets";

    public IEnumerable<OutputFile> Plan(LayoutContext context) =>
        context.Assets.Select(a => new OutputFile("assets/" + a.Name, () => a.Bytes));
}
