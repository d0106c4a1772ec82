namespace BackpainGuide.Model;

/// <summary>One entry of input/tags.yml. The order of the file is the order on the site.</summary>
public sealed record TagDefinition(string Name, string Title, string Description);
