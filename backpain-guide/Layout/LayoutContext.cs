using BackpainGuide.Link;
using BackpainGuide.Load;
using BackpainGuide.Render;

namespace BackpainGuide.Layout;

/// <summary>What every output unit plans from: the linked site, its URLs, the theme, and the site-wide view every page shows.</summary>
/// <remarks><see cref="EmbedAssets"/> are theme/embed/: the host script embed.js and the embed pages' own CSS and script.</remarks>
public sealed record LayoutContext(
    SiteModel Site,
    Urls Urls,
    TemplateSet Templates,
    IReadOnlyList<LinkedAsset> Assets,
    IReadOnlyList<LinkedAsset> EmbedAssets,
    SiteView View)
{
    public static LayoutContext Create(SiteModel site, Urls urls, TemplateSet templates, Theme theme)
    {
        var assets = LinkedAsset.Link(theme.Assets, urls.Asset);
        var embed = LinkedAsset.Link(theme.EmbedAssets, urls.FrameAsset);
        var view = Views.Site(site, urls, assets);
        return new LayoutContext(site, urls, templates.ForSite(view), assets, embed, view);
    }

    public string AssetUrl(string name) => Assets.FirstOrDefault(a => a.Name == name)?.Url ?? "";

    public LinkedAsset? EmbedAsset(string name) => EmbedAssets.FirstOrDefault(a => a.Name == name);

    public CreditView Credit => new(Site.Site.Title, Urls.Absolute(Urls.Home), Site.Site.Credit, Site.Site.Attribution is null,
        Site.Site.Licence, Site.Site.LicenceUrl);
}
