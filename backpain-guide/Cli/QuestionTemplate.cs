using System.Globalization;
using System.Text;
using BackpainGuide.Validate;

namespace BackpainGuide.Cli;

/// <summary>
/// The text `new` writes: front matter with every field of the format, and an answer outline in
/// the order the content standard asks for. A pure function, so tests can read it line by line.
/// </summary>
public static class QuestionTemplate
{
    /// <summary>The line of the tags field, and the column of the first tag: for positioned diagnostics.</summary>
    public const int TagsLine = 4;

    private const string TagsPrefix = "tags: [";

    public static string Text(string title, IReadOnlyList<string> tags, DateOnly reviewed)
    {
        var sb = new StringBuilder();
        sb.Append("---\n");
        sb.Append("title: ").Append(Quote(title)).Append('\n');
        sb.Append("summary: ").Append(Quote(Placeholders.Summary)).Append('\n');
        sb.Append(TagsPrefix).Append(string.Join(", ", tags)).Append("]\n");
        sb.Append("related: []\n");
        sb.Append("reviewed: ").Append(reviewed.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('\n');
        sb.Append("sources:\n");
        sb.Append("  - title: ").Append(Quote(Placeholders.SourceTitle)).Append('\n');
        sb.Append("    publisher: ").Append(Quote(Placeholders.SourcePublisher)).Append('\n');
        sb.Append("    year:\n");
        sb.Append("    url: ").Append(Quote(Placeholders.SourceUrl)).Append('\n');
        sb.Append("---\n");
        sb.Append(Placeholders.Todo).Append(" answer the question in the first sentence or two, in your own words.\n\n");
        sb.Append("## What helps\n\n");
        sb.Append(Placeholders.Todo).Append(" what to do, self-care first where it is safe; every claim from a listed source.\n\n");
        sb.Append("## When to see a doctor\n\n");
        sb.Append(Placeholders.Todo).Append(" the signs that need a GP, physiotherapist or urgent care, and how urgently.\n");
        return sb.ToString();
    }

    /// <summary>The 1-based column of tag <paramref name="index"/> on <see cref="TagsLine"/>.</summary>
    public static int TagColumn(IReadOnlyList<string> tags, int index) =>
        TagsPrefix.Length + 1 + tags.Take(index).Sum(t => t.Length + 2);

    /// <summary>A YAML double-quoted scalar; the caller has refused control characters.</summary>
    private static string Quote(string text) => "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
