namespace BackpainGuide.Layout;

/// <summary>
/// Markup that templates write as it is: only for HTML the generator made itself (the rendered
/// Markdown body, JSON-LD). Every other value a template writes is escaped.
/// </summary>
public sealed record RawHtml(string Html)
{
    public override string ToString() => Html;
}
