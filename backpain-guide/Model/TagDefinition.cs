namespace BackpainGuide.Model;

/// <summary>One entry of input/tags.yml. The order of the file is the order on the site.</summary>
public sealed record TagDefinition(string Name, string Title, string Description)
{
    /// <summary>
    /// The tag of warning signs: its pages carry the warning box, and its tag page is the
    /// urgent-help link's target when site.yml names no urgent_question. tags.yml must define it.
    /// </summary>
    public const string RedFlag = "red-flag";
}
