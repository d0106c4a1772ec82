using BackpainGuide.Model;

namespace BackpainGuide.Render;

/// <summary>
/// Every URL of the site, in one place. Links are root-relative and carry the base path, so the
/// site works at a domain's root or under a sub-path such as /backpain-guide/.
/// </summary>
public sealed class Urls(SiteSettings site)
{
    public string BasePath { get; } = site.BasePath;

    // Parsed once: every page asks for several absolute URLs, and parsing the base URL each time
    // was 2% of a 10,000-page build.
    private readonly string origin = site.Origin;

    public string Home => BasePath;

    public string Question(string slug) => $"{BasePath}questions/{slug}/";

    public string Tag(string name) => $"{BasePath}tags/{name}/";

    /// <summary>A region page of the body map (regions.yml).</summary>
    public string Region(string name) => $"{BasePath}where/{name}/";

    public string Page(string slug) => $"{BasePath}{slug}/";

    public string Search => $"{BasePath}search/";

    public string Asset(string name) => $"{BasePath}assets/{name}";

    /// <summary>An absolute URL for canonical links, Open Graph and the sitemap.</summary>
    public string Absolute(string rootRelative) => origin + rootRelative;

    /// <summary>The output file of a root-relative URL: "/base/questions/x/" → "questions/x/index.html".</summary>
    public string FileOf(string rootRelative)
    {
        var relative = rootRelative[BasePath.Length..];
        return relative.Length == 0 || relative.EndsWith('/') ? relative + "index.html" : relative;
    }
}
