namespace BackpainGuide.Load;

/// <summary>What a link in a Markdown body points at, decided by <see cref="LinkResolver"/>.</summary>
public abstract record LinkTarget
{
    /// <summary>An absolute http(s) or mailto URL, or a protocol-relative one.</summary>
    public sealed record External(string Url) : LinkTarget;

    /// <summary>Another question or plain page of the site, with an optional heading id.</summary>
    public sealed record Internal(PageKind Kind, string Slug, string? Fragment) : LinkTarget;

    /// <summary>A heading of the same page ("#id").</summary>
    public sealed record SamePage(string Fragment) : LinkTarget;

    /// <summary>A link that must not be rendered; <see cref="Code"/> and <see cref="Message"/> say why.</summary>
    public sealed record Invalid(string Code, string Message) : LinkTarget;
}

public enum PageKind
{
    Question,
    Page,
}
