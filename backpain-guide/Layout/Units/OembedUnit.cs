using BackpainGuide.Link;
using BackpainGuide.Model;

namespace BackpainGuide.Layout.Units;

/// <summary>
/// oembed/questions/&lt;slug&gt;.json and oembed/tags/&lt;tag&gt;.json: "rich" oEmbed documents
/// whose html is the sandboxed frame; question and tag pages point at them for discovery.
/// </summary>
public sealed class OembedUnit : IOutputUnit, IQuestionOutputs
{
    public const int Width = 640;
    public const int QuestionHeight = 720;
    public const int TagHeight = 560;

    /// <summary>A day: answers change when they are reviewed, not by the minute.</summary>
    public const int CacheAge = 86400;

    public string Name => "oEmbed";

    public IEnumerable<OutputFile> Plan(LayoutContext context)
    {
        var urls = context.Urls;
        var headers = EmbedHeaders.Shared(urls.BasePath + "oembed/*");
        foreach (var page in context.Site.Questions)
        {
            foreach (var file in PlanFor(context, page)) yield return file;
        }
        foreach (var tag in context.Site.Tags)
        {
            yield return Document(context, urls.OembedTag(tag.Tag.Name), tag.Tag.Title, urls.EmbedTag(tag.Tag.Name), TagHeight, headers);
        }
    }

    public IEnumerable<OutputFile> PlanFor(LayoutContext context, QuestionPage page)
    {
        var (urls, q) = (context.Urls, page.Question);
        yield return Document(context, urls.OembedQuestion(q.Slug), q.Title.Value, urls.EmbedQuestion(q.Slug), QuestionHeight,
            EmbedHeaders.Shared(urls.BasePath + "oembed/*"));
    }

    private static OutputFile Document(LayoutContext context, string url, string title, string embedUrl, int height, HeaderRule headers)
    {
        var (urls, site) = (context.Urls, context.Site.Site);
        return JsonFile.File(urls.FileOf(url), w =>
        {
            w.WriteStartObject();
            w.WriteString("version", "1.0");
            w.WriteString("type", "rich");
            w.WriteString("title", title);
            w.WriteString("author_name", site.Credit);
            w.WriteString("author_url", urls.Absolute(urls.Home));
            w.WriteString("provider_name", site.Title);
            w.WriteString("provider_url", urls.Absolute(urls.Home));
            w.WriteNumber("cache_age", CacheAge);
            w.WriteString("html", EmbedSnippet.Frame(urls.Absolute(embedUrl), title, Width, height));
            w.WriteNumber("width", Width);
            w.WriteNumber("height", height);
            w.WriteEndObject();
        }, headers);
    }
}
