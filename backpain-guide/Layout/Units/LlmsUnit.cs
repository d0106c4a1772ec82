using System.Text;
using BackpainGuide.Link;
using BackpainGuide.Model;

namespace BackpainGuide.Layout.Units;

/// <summary>
/// llms.txt (llmstxt.org: the questions as a Markdown list with one-line summaries) and
/// llms-full.txt (every answer as Markdown text with its sources and review date). Planned
/// after the pages; every value is escaped as Markdown text.
/// </summary>
public sealed class LlmsUnit : IAggregateUnit
{
    public string Name => "llms.txt";

    public IEnumerable<OutputFile> Plan(LayoutContext context, IReadOnlyList<OutputFile> planned)
    {
        yield return OutputFile.Streamed("llms.txt", stream => new Utf8Buffer().Write(Index(context), stream));
        yield return OutputFile.Streamed("llms-full.txt", stream => Full(context, stream));
    }

    private static StringBuilder Index(LayoutContext context)
    {
        var (site, urls) = (context.Site, context.Urls);
        var sb = Header(context);
        sb.Append("## Questions\n\n");
        foreach (var page in site.Questions)
        {
            var q = page.Question;
            sb.Append("- ").Append(Link(q.Title.Value, urls.Absolute(urls.Question(q.Slug)))).Append(": ")
                .Append(Markdown.Text(q.Summary.Value)).Append('\n');
        }
        sb.Append("\n## Topics\n\n");
        foreach (var tag in site.Tags)
        {
            sb.Append("- ").Append(Link(tag.Tag.Title, urls.Absolute(urls.Tag(tag.Tag.Name)))).Append(": ")
                .Append(Markdown.Text(tag.Tag.Description)).Append('\n');
        }
        sb.Append("\n## Optional\n\n");
        sb.Append("- ").Append(Link("Every answer in full", urls.Absolute(urls.LlmsFull()))).Append(": the answers as Markdown text, with sources and review dates\n");
        sb.Append("- ").Append(Link("JSON API", urls.Absolute(urls.ApiQuestions()))).Append(": every question as schema.org Question data\n");
        return sb;
    }

    /// <summary>
    /// Written to the file a question at a time: the whole text as one string (and its builder)
    /// was three copies of a 30 MB file at 10,000 questions, twice the size of the UTF-8 bytes each.
    /// </summary>
    private static void Full(LayoutContext context, Stream output)
    {
        var (site, urls) = (context.Site, context.Urls);
        var sb = Header(context);
        var utf8 = new Utf8Buffer();
        void Flush()
        {
            utf8.Write(sb, output);
            sb.Clear();
        }
        Flush();
        foreach (var page in site.Questions)
        {
            var q = page.Question;
            var url = urls.Absolute(urls.Question(q.Slug));
            sb.Append("## ").Append(Markdown.Text(q.Title.Value)).Append("\n\n");
            sb.Append("URL: ").Append(Markdown.Url(url)).Append('\n');
            sb.Append("Last reviewed: ").Append(Views.Iso(q.Reviewed.Value)).Append('\n');
            sb.Append("Topics: ").Append(string.Join(", ", page.Tags.Select(t => Markdown.Text(t.Title)))).Append("\n\n");
            sb.Append("> ").Append(Markdown.Text(q.Summary.Value)).Append("\n\n");
            if (page.IsRedFlag)
            {
                sb.Append("**").Append(Markdown.Text(site.Site.Text["llms_red_flag_note"])).Append("**\n\n");
            }
            Body(sb, page);
            sb.Append("Sources:\n\n");
            foreach (var s in q.Sources)
            {
                sb.Append("- ").Append(Link(s.Title, s.Url.Value));
                if (s.Publisher is not null) sb.Append(", ").Append(Markdown.Text(s.Publisher));
                if (s.Year is { } year) sb.Append(" (").Append(year).Append(')');
                sb.Append('\n');
            }
            sb.Append('\n');
            Flush();
        }
    }

    private static StringBuilder Header(LayoutContext context)
    {
        var s = context.Site.Site;
        var sb = new StringBuilder();
        sb.Append("# ").Append(Markdown.Text(s.Title)).Append("\n\n");
        sb.Append("> ").Append(Markdown.Text(s.Description)).Append("\n\n");
        sb.Append(Markdown.Text(s.Disclaimer)).Append("\n\n");
        sb.Append("Credit: ").Append(Markdown.Text(s.Credit));
        if (s.Licence is not null)
        {
            sb.Append(". Licence: ").Append(s.LicenceUrl is null ? Markdown.Text(s.Licence) : Link(s.Licence, s.LicenceUrl));
        }
        sb.Append(".\n\n");
        return sb;
    }

    /// <summary>The answer's blocks as paragraphs, its headings as Markdown headings below the question's.</summary>
    private static void Body(StringBuilder sb, QuestionPage page)
    {
        var headings = page.Question.Body.Headings;
        var next = 0;
        var text = page.PlainText.AsSpan();
        foreach (var range in text.Split('\n'))
        {
            var line = text[range].Trim();
            if (line.IsEmpty) continue;
            if (next < headings.Count && line.SequenceEqual(headings[next].Text))
            {
                sb.Append('#', Math.Min(headings[next].Level + 1, 6)).Append(' ').AppendMarkdownText(line).Append("\n\n");
                next++;
                continue;
            }
            sb.AppendMarkdownText(line).Append("\n\n");
        }
    }

    private static string Link(string text, string url) => $"[{Markdown.Text(text)}]({Markdown.Url(url)})";
}
