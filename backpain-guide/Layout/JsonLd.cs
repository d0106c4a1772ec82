using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using BackpainGuide.Link;
using BackpainGuide.Load;
using BackpainGuide.Model;
using BackpainGuide.Render;

namespace BackpainGuide.Layout;

/// <summary>
/// schema.org JSON-LD for the pages. The default encoder writes '&lt;', '&gt;' and '&amp;' as \u escapes, so
/// no value can close the &lt;script&gt; block it is placed in.
/// </summary>
public static class JsonLd
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.Default, Indented = false };

    public static JsonLdHtml ForQuestion(QuestionPage page, SiteModel site, Urls urls, IReadOnlyList<LinkView>? breadcrumbs = null)
    {
        var q = page.Question;
        return Write(w =>
        {
            w.WriteString("@context", "https://schema.org");
            w.WriteString("@type", "MedicalWebPage");
            w.WriteString("name", q.Title.Value);
            w.WriteString("description", q.Summary.Value);
            w.WriteString("url", urls.Absolute(urls.Question(q.Slug)));
            w.WriteString("inLanguage", site.Site.Language);
            w.WriteString("lastReviewed", q.Reviewed.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            w.WriteStartObject("medicalAudience");
            w.WriteString("@type", "MedicalAudience");
            w.WriteString("audienceType", "Patient");
            w.WriteEndObject();
            w.WriteStartObject("publisher");
            w.WriteString("@type", "Organization");
            w.WriteString("name", site.Site.Title);
            w.WriteString("url", site.Site.BaseUrl);
            w.WriteEndObject();
            w.WriteStartArray("keywords");
            foreach (var tag in page.Tags) w.WriteStringValue(tag.Title);
            w.WriteEndArray();
            WriteCitations(w, q.Sources);
            WriteBreadcrumb(w, site, urls, breadcrumbs);
            w.WritePropertyName("mainEntity");
            WriteQuestion(w, q.Title.Value, q.Summary.Value);
        });
    }

    /// <summary>
    /// A question's sources as schema.org CreativeWorks; the page's JSON-LD and the API write the
    /// same shape. The year is text because schema.org's datePublished is a Date.
    /// </summary>
    public static void WriteCitations(Utf8JsonWriter w, IEnumerable<SourceRef> sources)
    {
        w.WriteStartArray("citation");
        foreach (var s in sources)
        {
            w.WriteStartObject();
            w.WriteString("@type", "CreativeWork");
            w.WriteString("name", s.Title);
            w.WriteString("url", s.Url.Value);
            if (s.Publisher is not null) w.WriteString("publisher", s.Publisher);
            if (s.Year is { } year) w.WriteString("datePublished", year.ToString(System.Globalization.CultureInfo.InvariantCulture));
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    public static JsonLdHtml ForHome(SiteModel site, Urls urls) =>
        ForHome(site, urls, site.Questions.Select(q => q.Question).ToList(), urls.Home);

    /// <summary>The FAQ index, or one page of it: the questions that page lists, once each.</summary>
    public static JsonLdHtml ForHome(SiteModel site, Urls urls, IReadOnlyList<Question> questions, string url) => Write(w =>
    {
        w.WriteString("@context", "https://schema.org");
        w.WriteString("@type", "FAQPage");
        w.WriteString("name", site.Site.Title);
        w.WriteString("description", site.Site.Description);
        w.WriteString("url", urls.Absolute(url));
        w.WriteString("inLanguage", site.Site.Language);
        w.WriteStartArray("mainEntity");
        foreach (var q in questions) WriteQuestion(w, q.Title.Value, q.Summary.Value, urls.Absolute(urls.Question(q.Slug)));
        w.WriteEndArray();
    });

    public static JsonLdHtml ForWebPage(string name, string description, string url, SiteModel site, Urls urls,
        IReadOnlyList<LinkView>? breadcrumbs = null) => Write(w =>
    {
        w.WriteString("@context", "https://schema.org");
        w.WriteString("@type", "WebPage");
        w.WriteString("name", name);
        w.WriteString("description", description);
        w.WriteString("url", url);
        w.WriteString("inLanguage", site.Site.Language);
        WriteBreadcrumb(w, site, urls, breadcrumbs);
    });

    /// <summary>
    /// The page's trail as the WebPage's schema.org <c>breadcrumb</c>, a BreadcrumbList: the home
    /// page (named by the site's title), then the trail the page shows, each with its absolute URL;
    /// the last item is the page itself. Nothing when the page shows no trail.
    /// </summary>
    private static void WriteBreadcrumb(Utf8JsonWriter w, SiteModel site, Urls urls, IReadOnlyList<LinkView>? trail)
    {
        if (trail is not { Count: > 0 }) return;
        w.WriteStartObject("breadcrumb");
        w.WriteString("@type", "BreadcrumbList");
        w.WriteStartArray("itemListElement");
        var items = trail.Prepend(new LinkView(site.Site.Title, urls.Home)).ToList();
        for (var i = 0; i < items.Count; i++)
        {
            w.WriteStartObject();
            w.WriteString("@type", "ListItem");
            w.WriteNumber("position", i + 1);
            w.WriteString("name", items[i].Title);
            w.WriteString("item", urls.Absolute(items[i].Url));
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteQuestion(Utf8JsonWriter w, string title, string answer, string? url = null)
    {
        w.WriteStartObject();
        w.WriteString("@type", "Question");
        w.WriteString("name", title);
        if (url is not null) w.WriteString("url", url);
        w.WriteStartObject("acceptedAnswer");
        w.WriteString("@type", "Answer");
        w.WriteString("text", answer);
        if (url is not null) w.WriteString("url", url);
        w.WriteEndObject();
        w.WriteEndObject();
    }

    // One buffer and writer per thread, reset for each page: a new stream and writer per page,
    // with the stream's array grown four times over, was most of what JSON-LD allocated.
    private static readonly ThreadLocal<(ArrayBufferWriter<byte> Buffer, Utf8JsonWriter Writer)> Writers = new(() =>
    {
        var buffer = new ArrayBufferWriter<byte>(8192);
        return (buffer, new Utf8JsonWriter(buffer, Options));
    });

    /// <summary>The page's JSON-LD, made when the layout writes it: into the page's builder, or as a string anywhere else.</summary>
    private static JsonLdHtml Write(Action<Utf8JsonWriter> body) => new(body);

    /// <summary>
    /// Runs <paramref name="body"/> into this thread's buffer and hands the UTF-8 it wrote to
    /// <paramref name="take"/>, before the buffer is used again.
    /// </summary>
    internal static T Make<T>(Action<Utf8JsonWriter> body, Func<ReadOnlySpan<byte>, T> take)
    {
        var (buffer, writer) = Writers.Value!;
        buffer.ResetWrittenCount();
        writer.Reset(buffer);
        writer.WriteStartObject();
        body(writer);
        writer.WriteEndObject();
        writer.Flush();
        var result = take(buffer.WrittenSpan);
        // A home page's list can grow the buffer to megabytes: let it go rather than keep it.
        if (KeptBuilder.TooBigToKeep(buffer)) Writers.Value = (new ArrayBufferWriter<byte>(8192), writer);
        return result;
    }
}

/// <summary>
/// A page's JSON-LD, written when the layout writes it: decoded straight into the page's builder
/// rather than into a string first (5 KB of garbage for each of 10,000 question pages).
/// </summary>
public sealed class JsonLdHtml(Action<Utf8JsonWriter> body) : IMarkup
{
    [ThreadStatic] private static char[]? chars;
    [ThreadStatic] private static System.Text.Decoder? decoder;

    public void AppendTo(System.Text.StringBuilder builder) => JsonLd.Make(body, bytes =>
    {
        var buffer = chars ??= new char[4096];
        var utf8 = decoder ??= System.Text.Encoding.UTF8.GetDecoder();
        utf8.Reset();
        var completed = false;
        while (!completed)
        {
            utf8.Convert(bytes, buffer, flush: true, out var used, out var written, out completed);
            builder.Append(buffer, 0, written);
            bytes = bytes[used..];
        }
        return true;
    });

    public override string ToString() => JsonLd.Make(body, bytes => System.Text.Encoding.UTF8.GetString(bytes));
}
