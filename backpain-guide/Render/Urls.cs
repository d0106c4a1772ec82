using BackpainGuide.Model;

namespace BackpainGuide.Render;

/// <summary>
/// Every URL of the site, in one place. Links are root-relative and carry the base path, so the
/// site works at a domain's root or under a sub-path such as /backpain-guide/.
/// </summary>
public sealed class Urls(SiteSettings site)
{
    public string BasePath { get; } = site.BasePath;

    public string Home => BasePath;

    public string Question(string slug) => $"{BasePath}questions/{slug}/";

    public string Tag(string name) => $"{BasePath}tags/{name}/";

    /// <summary>A region page of the body map (regions.yml).</summary>
    public string Region(string name) => $"{BasePath}where/{name}/";

    public string Page(string slug) => $"{BasePath}{slug}/";

    public string Search => $"{BasePath}search/";

    public string Asset(string name) => $"{BasePath}assets/{name}";

    /// <summary>An absolute URL for canonical links, Open Graph and the sitemap.</summary>
    public string Absolute(string rootRelative) => site.Origin + rootRelative;

    /// <summary>The output file of a root-relative URL: "/base/questions/x/" → "questions/x/index.html".</summary>
    public string FileOf(string rootRelative)
    {
        var relative = rootRelative[BasePath.Length..];
        return relative.Length == 0 || relative.EndsWith('/') ? relative + "index.html" : relative;
    }
}
