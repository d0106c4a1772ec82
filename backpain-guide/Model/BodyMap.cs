namespace BackpainGuide.Model;

/// <summary>
/// input/regions.yml: the "where does it hurt?" figure on the home page and the vocabulary of the
/// questions' <c>where:</c> field. The figure is content (its shapes are SVG path data checked
/// by the loader), so a guide on another part of the body draws its own.
/// </summary>
public sealed record BodyMap(
    string Title,
    string? Intro,
    string ViewBox,
    string? Outline,
    string? LeftLabel,
    string? RightLabel,
    IReadOnlyList<Region> Regions,
    string SourcePath = "regions.yml");

/// <summary>One named area: its page lists the questions whose <c>where:</c> names it.</summary>
public sealed record Region(string Name, string Title, string Description, IReadOnlyList<RegionShape> Shapes);

/// <summary>One clickable shape of a region (a region on both sides of the body has one per side).</summary>
public sealed record RegionShape(string Label, string Path);
