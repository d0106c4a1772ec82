using BackpainGuide.Model;

namespace BackpainGuide.Validate;

/// <summary>
/// The stand-in text `new` writes into a fresh question. The source parses as a valid source on
/// purpose, so that the rest of the file can be checked, and it is an error until replaced (its
/// host is under ".invalid", a name reserved never to resolve: RFC 2606). A summary or body still
/// holding "TODO:" is a warning: the page would build, but the reviewer should see it.
/// </summary>
public static class Placeholders
{
    public const string Marker = "REPLACE:";

    public const string SourceTitle = Marker + " title of the guideline, health service page or paper";

    public const string SourcePublisher = Marker + " who published it";

    public const string SourceUrl = "https://replace-with-the-source.invalid/";

    public const string Todo = "TODO:";

    public const string Summary = Todo + " the answer in one or two sentences (at most 200 characters).";

    /// <summary>True while any part of the source is still placeholder text.</summary>
    public static bool IsPlaceholder(SourceRef source) =>
        source.Title.StartsWith(Marker, StringComparison.Ordinal)
        || (source.Publisher?.StartsWith(Marker, StringComparison.Ordinal) ?? false)
        || (Uri.TryCreate(source.Url.Value, UriKind.Absolute, out var uri)
            && (uri.Host.EndsWith(".invalid", StringComparison.OrdinalIgnoreCase) || uri.Host.Equals("invalid", StringComparison.OrdinalIgnoreCase)));

    public static bool HasTodo(string? text) => text?.Contains(Todo, StringComparison.Ordinal) ?? false;
}
