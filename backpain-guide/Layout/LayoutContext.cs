using BackpainGuide.Link;
using BackpainGuide.Render;

namespace BackpainGuide.Layout;

/// <summary>What every output unit plans from: the linked site, its URLs, the theme, and the site-wide view every page shows.</summary>
/// <remarks><see cref="EmbedAssets"/> are theme/embed/: the host script embed.js and the embed pages' own CSS and script.</remarks>
public sealed record LayoutContext(
    SiteModel Site,
    Urls Urls,
    TemplateSet Templates,
    IReadOnlyList<ThemeAsset> Assets,
    IReadOnlyList<ThemeAsset> EmbedAssets,
    SiteView View)
{
    public static LayoutContext Create(SiteModel site, Urls urls, TemplateSet templates, string themeDir)
    {
        var assets = ThemeAsset.Read(themeDir, urls);
        var embed = ThemeAsset.Read(themeDir, "embed", urls.FrameAsset);
        return new LayoutContext(site, urls, templates, assets, embed, Views.Site(site, urls, assets));
    }

    public string AssetUrl(string name) => Assets.FirstOrDefault(a => a.Name == name)?.Url ?? "";

    public ThemeAsset? EmbedAsset(string name) => EmbedAssets.FirstOrDefault(a => a.Name == name);

    public CreditView Credit => new(Site.Site.Title, Urls.Absolute(Urls.Home), Site.Site.Credit, Site.Site.Attribution is null,
        Site.Site.Licence, Site.Site.LicenceUrl);
}
