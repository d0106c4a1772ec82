using System.Text.Json;
using BackpainGuide.Link;
using BackpainGuide.Model;

namespace BackpainGuide.Layout.Units;

/// <summary>
/// The versioned JSON API: api/v1/questions.json lists every question, api/v1/questions/&lt;slug&gt;.json
/// adds the answer as HTML and as plain text. Shaped like schema.org Question / acceptedAnswer;
/// within v1 fields are only ever added (README, "Embedding").
/// </summary>
public sealed class ApiUnit : IOutputUnit, IQuestionOutputs
{
    public const int Version = 1;

    public string Name => "API";

    public IEnumerable<OutputFile> Plan(LayoutContext context)
    {
        var urls = context.Urls;
        var headers = EmbedHeaders.Shared(urls.BasePath + "api/*");
        var questions = context.Site.Questions;
        // Past pagination.questions_per_page the list is cut: questions.json is the first page,
        // questions-2.json the second, each saying which page it is and linking its neighbours.
        var cut = Model.Pagination.Cut(questions, context.Site.Site.Pagination.QuestionsPerPage);
        for (var i = 0; i < cut.Count; i++)
        {
            var (number, slice) = (i + 1, cut[i]);
            yield return JsonFile.File(urls.FileOf(urls.ApiQuestions(number)), w =>
            {
                w.WriteStartObject();
                w.WriteString("@context", "https://schema.org");
                w.WriteString("@type", "ItemList");
                w.WriteNumber("apiVersion", Version);
                Terms(w, context);
                w.WriteNumber("numberOfItems", questions.Count);
                if (cut.Count > 1)
                {
                    w.WriteNumber("page", number);
                    w.WriteNumber("pageCount", cut.Count);
                    w.WriteString("firstPage", urls.Absolute(urls.ApiQuestions(1)));
                    if (number > 1) w.WriteString("previousPage", urls.Absolute(urls.ApiQuestions(number - 1)));
                    if (number < cut.Count) w.WriteString("nextPage", urls.Absolute(urls.ApiQuestions(number + 1)));
                }
                w.WriteStartArray("itemListElement");
                foreach (var page in slice)
                {
                    w.WriteStartObject();
                    Fields(w, page, context);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                w.WriteEndObject();
            }, headers);
        }

        foreach (var page in questions)
        {
            foreach (var file in PlanFor(context, page)) yield return file;
        }
    }

    public IEnumerable<OutputFile> PlanFor(LayoutContext context, QuestionPage page)
    {
        var urls = context.Urls;
        var headers = EmbedHeaders.Shared(urls.BasePath + "api/*");
        yield return JsonFile.File(urls.FileOf(urls.ApiQuestion(page.Question.Slug)), w =>
        {
            w.WriteStartObject();
            w.WriteString("@context", "https://schema.org");
            w.WriteNumber("apiVersion", Version);
            Fields(w, page, context);
            Terms(w, context);
            w.WriteStartObject("acceptedAnswer");
            w.WriteString("@type", "Answer");
            w.WriteString("url", urls.Absolute(urls.Question(page.Question.Slug)));
            w.WriteString("text", page.PlainText);
            w.WritePropertyName("html");
            WriteAbsolute(w, page.BodyHtml, urls.Absolute("/"), urls.Absolute(urls.Question(page.Question.Slug)));
            w.WriteEndObject();
            w.WriteEndObject();
        }, headers);
    }

    /// <summary>What every question carries, in the list and in its own document.</summary>
    private static void Fields(Utf8JsonWriter w, QuestionPage page, LayoutContext context)
    {
        var (q, urls) = (page.Question, context.Urls);
        w.WriteString("@type", "Question");
        w.WriteString("slug", q.Slug);
        w.WriteString("url", urls.Absolute(urls.Question(q.Slug)));
        w.WriteString("name", q.Title.Value);
        w.WriteString("abstract", q.Summary.Value);
        w.WriteStartArray("tags");
        foreach (var t in page.Tags)
        {
            w.WriteStartObject();
            w.WriteString("name", t.Name);
            w.WriteString("title", t.Title);
            w.WriteString("url", urls.Absolute(urls.Tag(t.Name)));
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteBoolean("redFlag", page.IsRedFlag);
        w.WriteString("lastReviewed", Views.Iso(q.Reviewed.Value));
        JsonLd.WriteCitations(w, q.Sources);
        w.WriteString("embedUrl", urls.Absolute(urls.EmbedQuestion(q.Slug)));
        w.WriteString("oembedUrl", urls.Absolute(urls.OembedQuestion(q.Slug)));
        w.WriteString("apiUrl", urls.Absolute(urls.ApiQuestion(q.Slug)));
    }

    /// <summary>Licence, attribution and publisher: the terms the answers may be shown on elsewhere.</summary>
    private static void Terms(Utf8JsonWriter w, LayoutContext context)
    {
        var (site, urls) = (context.Site.Site, context.Urls);
        if (site.Licence is null)
        {
            w.WriteNull("license");
        }
        else
        {
            w.WriteStartObject("license");
            w.WriteString("@type", "CreativeWork");
            w.WriteString("name", site.Licence);
            if (site.LicenceUrl is not null) w.WriteString("url", site.LicenceUrl);
            w.WriteEndObject();
        }
        w.WriteString("creditText", site.Credit);
        w.WriteStartObject("publisher");
        w.WriteString("@type", "Organization");
        w.WriteString("name", site.Title);
        w.WriteString("url", urls.Absolute(urls.Home));
        w.WriteEndObject();
    }

    private const string Href = " href=\"", Src = " src=\"";

    /// <summary>
    /// Writes the body as a JSON string with its root-relative links made absolute (against
    /// <paramref name="root"/>) and its links to its own headings pointed at the page they belong
    /// to (<paramref name="pageUrl"/>), so the HTML works on the consumer's site. The string is
    /// written piece by piece between the links, not copied first: two copies of every answer
    /// were most of what the API allocated. Links are as the renderer writes them: a
    /// <c> href="</c> or <c> src="</c> followed by one slash (not two), or <c> href="#</c>.
    /// </summary>
    public static void WriteAbsolute(Utf8JsonWriter w, string html, string root, string pageUrl)
    {
        var done = 0;
        var (href, src) = (html.IndexOf(Href, StringComparison.Ordinal), html.IndexOf(Src, StringComparison.Ordinal));
        while (href >= 0 || src >= 0)
        {
            var isHref = href >= 0 && (src < 0 || href < src);
            var at = isHref ? href : src;
            var value = at + (isHref ? Href.Length : Src.Length);
            if (value < html.Length && html[value] == '/' && (value + 1 == html.Length || html[value + 1] != '/'))
            {
                w.WriteStringValueSegment(html.AsSpan(done, value - done), isFinalSegment: false);
                w.WriteStringValueSegment(root, isFinalSegment: false);
                done = value + 1;
            }
            else if (isHref && value < html.Length && html[value] == '#')
            {
                w.WriteStringValueSegment(html.AsSpan(done, value - done), isFinalSegment: false);
                w.WriteStringValueSegment(pageUrl, isFinalSegment: false);
                done = value;
            }
            if (isHref) href = html.IndexOf(Href, at + 1, StringComparison.Ordinal);
            else src = html.IndexOf(Src, at + 1, StringComparison.Ordinal);
        }
        w.WriteStringValueSegment(html.AsSpan(done), isFinalSegment: true);
    }
}
