using BackpainGuide.Model;

namespace BackpainGuide.Layout.Units;

/// <summary>
/// manifest.webmanifest: the site's name, its start URL and scope under the base path, and the
/// theme's icons (linked with their content hash, as pages link them). It sits at a stable path
/// because browsers key an installed site by its manifest URL.
/// </summary>
public sealed class ManifestUnit : IOutputUnit
{
    public const string FileName = "manifest.webmanifest";

    // The theme's light background and accent, as in site.css.
    private const string BackgroundColour = "#ffffff";
    private const string ThemeColour = "#0b57a4";

    public string Name => "web app manifest";

    public IEnumerable<OutputFile> Plan(LayoutContext context)
    {
        var (site, urls) = (context.Site.Site, context.Urls);
        var icons = Icons.Of(context);
        yield return JsonFile.File(FileName, w =>
        {
            w.WriteStartObject();
            w.WriteString("name", site.Title);
            w.WriteString("description", site.Description);
            w.WriteString("lang", site.Language);
            w.WriteString("id", urls.Home);
            w.WriteString("start_url", urls.Home);
            w.WriteString("scope", urls.Home);
            w.WriteString("display", "browser");
            w.WriteString("background_color", BackgroundColour);
            w.WriteString("theme_color", ThemeColour);
            w.WriteStartArray("icons");
            foreach (var icon in icons.ForManifest)
            {
                w.WriteStartObject();
                w.WriteString("src", icon.Url);
                w.WriteString("sizes", icon.Sizes);
                w.WriteString("type", icon.Type);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        });
    }
}
