using BackpainGuide.Link;
using BackpainGuide.Render;

namespace BackpainGuide.Layout;

/// <summary>What every output unit plans from: the linked site, its URLs, the theme, and the site-wide view every page shows.</summary>
public sealed record LayoutContext(SiteModel Site, Urls Urls, TemplateSet Templates, IReadOnlyList<ThemeAsset> Assets, SiteView View)
{
    public static LayoutContext Create(SiteModel site, Urls urls, TemplateSet templates, string themeDir)
    {
        var assets = ThemeAsset.Read(themeDir, urls);
        return new LayoutContext(site, urls, templates, assets, Views.Site(site, urls, assets));
    }

    public string AssetUrl(string name) => Assets.FirstOrDefault(a => a.Name == name)?.Url ?? "";
}
