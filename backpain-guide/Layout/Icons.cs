namespace BackpainGuide.Layout;

/// <summary>One icon of the theme as a page or the manifest links it.</summary>
public sealed record IconLink(string Url, string Sizes, string Type);

/// <summary>
/// The theme's icons, found by name in theme/assets/: favicon.svg for browsers that take an SVG
/// icon, icon-32.png as the fallback, icon-180.png for home screens, icon-192.png and icon-512.png
/// for the manifest. A theme without one of them simply links fewer.
/// </summary>
public sealed record Icons(IconLink? Svg, IconLink? Png, IconLink? Touch, IReadOnlyList<IconLink> ForManifest)
{
    public static Icons Of(LayoutContext context) => Of(context.Assets);

    public static Icons Of(IReadOnlyList<LinkedAsset> assets)
    {
        IconLink? Find(string name, string sizes, string type) =>
            assets.FirstOrDefault(a => a.Name == name) is { } a ? new IconLink(a.Url, sizes, type) : null;
        var svg = Find("favicon.svg", "any", "image/svg+xml");
        var manifest = new[] { Find("icon-192.png", "192x192", "image/png"), Find("icon-512.png", "512x512", "image/png"), svg }
            .OfType<IconLink>().ToList();
        return new Icons(svg, Find("icon-32.png", "32x32", "image/png"), Find("icon-180.png", "180x180", "image/png"), manifest);
    }
}
