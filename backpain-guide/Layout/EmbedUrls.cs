using BackpainGuide.Render;

namespace BackpainGuide.Layout;

/// <summary>The URLs of embeds, oEmbed, the API and llms.txt, beside the site's own in <see cref="Urls"/>.</summary>
public static class EmbedUrls
{
    public static string EmbedQuestion(this Urls urls, string slug) => $"{urls.BasePath}embed/questions/{slug}/";

    public static string EmbedTag(this Urls urls, string name) => $"{urls.BasePath}embed/tags/{name}/";

    public static string EmbedExplainer(this Urls urls) => $"{urls.BasePath}embed/";

    /// <summary>The stable address hosts paste; it always serves the current script.</summary>
    public static string EmbedScript(this Urls urls) => $"{urls.BasePath}embed.js";

    public static string HashedEmbedScript(this Urls urls, string hash) => $"{urls.BasePath}embed/embed.{hash}.js";

    public static string FrameAsset(this Urls urls, string name) => $"{urls.BasePath}embed/{name}";

    public static string OembedQuestion(this Urls urls, string slug) => $"{urls.BasePath}oembed/questions/{slug}.json";

    public static string OembedTag(this Urls urls, string name) => $"{urls.BasePath}oembed/tags/{name}.json";

    public static string ApiQuestions(this Urls urls) => $"{urls.BasePath}api/v1/questions.json";

    /// <summary>Page <paramref name="number"/> of the API's list: the first is questions.json itself.</summary>
    public static string ApiQuestions(this Urls urls, int number) =>
        number == 1 ? urls.ApiQuestions() : $"{urls.BasePath}api/v1/questions-{number.ToString(System.Globalization.CultureInfo.InvariantCulture)}.json";

    public static string ApiQuestion(this Urls urls, string slug) => $"{urls.BasePath}api/v1/questions/{slug}.json";

    public static string Llms(this Urls urls) => $"{urls.BasePath}llms.txt";

    public static string LlmsFull(this Urls urls) => $"{urls.BasePath}llms-full.txt";
}
