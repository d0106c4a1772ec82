using BackpainGuide.Diagnostics;
using BackpainGuide.Load.Yaml;
using BackpainGuide.Model;

namespace BackpainGuide.Load;

/// <summary>Reads one input/questions/&lt;slug&gt;.md into a <see cref="Question"/>.</summary>
public static class QuestionLoader
{
    public const int MaxSummaryLength = 200;

    public static readonly IReadOnlyList<string> Fields = ["title", "summary", "tags", "related", "reviewed", "next_review", "sources", "where"];

    private static readonly IReadOnlyList<string> SourceFields = ["title", "publisher", "year", "url"];

    /// <summary>
    /// Returns null only when there is no front matter to read. A file with field errors still
    /// gives a question, with empty values where a field failed (the load stage keeps it apart).
    /// </summary>
    public static Question? Load(InputFile file, string text, DiagnosticBag diagnostics)
    {
        var path = file.DisplayPath;
        if (ContentFile.Open(file, text, Fields, diagnostics) is not { } opened) return null;
        var (parts, fields, _) = opened;
        var title = fields.RequiredText("title");
        if (title is { } t && FormatCharacters.IndexOf(t.Value) is var at && at >= 0) fields.Error(Codes.FormatCharacter, t, FormatCharacters.InTitle(t.Value, at));
        var summary = fields.RequiredText("summary");
        if (summary is { } s && s.Value.EnumerateRunes().Count() is var length && length > MaxSummaryLength)
        {
            fields.Error(Codes.SummaryTooLong, s, $"summary is {length} characters long; keep it to {MaxSummaryLength} or fewer");
        }
        var tags = fields.TextList("tags", required: true);
        if (tags.Count > Limits.MaxTagsPerQuestion)
        {
            fields.Error(Codes.TooManyEntries, tags[Limits.MaxTagsPerQuestion],
                $"{tags.Count:N0} tags; a question may have at most {Limits.MaxTagsPerQuestion}");
        }
        var related = fields.TextList("related", required: false);
        var where = fields.TextList("where", required: false);
        if (where.Count > Limits.MaxTagsPerQuestion)
        {
            fields.Error(Codes.TooManyEntries, where[Limits.MaxTagsPerQuestion],
                $"{where.Count:N0} areas in where:; a question may name at most {Limits.MaxTagsPerQuestion}");
        }
        var reviewed = fields.RequiredDate("reviewed");
        var nextReview = ReadNextReview(fields, reviewed);
        var sources = ReadSources(fields, path, diagnostics);

        var body = MarkdownParser.Parse(parts.Body, parts.BodyFirstLine, path, diagnostics);

        var summaryValue = summary ?? Missing("");
        return new Question(file.Stem, path, title ?? Missing(""), summaryValue with { Value = summaryValue.Value.Trim() },
            tags, related, reviewed ?? Missing(DateOnly.MinValue), sources, body, nextReview)
        {
            Where = where,
        };
    }

    /// <summary>
    /// The optional date the page is next due to be checked. It must come after <c>reviewed</c>:
    /// a review due before the last one is a typo in one of the two dates.
    /// </summary>
    private static Spanned<DateOnly>? ReadNextReview(FieldReader fields, Spanned<DateOnly>? reviewed)
    {
        if (fields.OptionalText("next_review") is not { } text) return null;
        if (!DateOnly.TryParseExact(text.Value.Trim(), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture,
                System.Globalization.DateTimeStyles.None, out var date))
        {
            fields.Error(Codes.InvalidDate, text, $"next_review '{text.Value}' is not a valid date; write it as YYYY-MM-DD, for example 2027-11-20");
            return null;
        }
        if (reviewed is { } r && date <= r.Value)
        {
            fields.Error(Codes.NextReviewNotAfterReviewed, text,
                $"next_review {text.Value.Trim()} must be after reviewed {r.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)}");
            return null;
        }
        return new Spanned<DateOnly>(date, text.Line, text.Column);
    }

    private static Spanned<T> Missing<T>(T empty) => new(empty, 1, 1);

    private static List<SourceRef> ReadSources(FieldReader fields, string path, DiagnosticBag diagnostics)
    {
        var result = new List<SourceRef>();
        foreach (var entry in fields.MappingList("sources", required: true))
        {
            var source = new FieldReader(entry, path, diagnostics, SourceFields.ToArray(), entry.Line, entry.Column);
            var title = source.RequiredText("title");
            var url = source.RequiredText("url");
            var publisher = source.OptionalText("publisher");
            int? year = null;
            if (source.OptionalText("year") is { } y)
            {
                if (int.TryParse(y.Value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var v)
                    && v is >= 1000 and <= 9999)
                {
                    year = v;
                }
                else
                {
                    source.Error(Codes.WrongType, y, $"year '{y.Value}' must be a four-digit year");
                }
            }
            if (url is { } u && !UrlPolicy.IsHttpUrl(u.Value))
            {
                source.Error(Codes.SourceUrlNotHttp, u, $"source url '{u.Value}' must be an absolute http:// or https:// URL");
            }
            if (source.Failed)
            {
                fields.MarkFailed();
                continue;
            }
            result.Add(new SourceRef(title!.Value.Value, publisher?.Value, year, url!.Value));
        }
        return result;
    }

}
