using System.Buffers.Binary;
using System.Text.Json;
using BackpainGuide.Tests.Support;

namespace BackpainGuide.Tests.Site;

/// <summary>Every page links the favicon, its PNG fallback and the web app manifest, under the base path.</summary>
public class IconsAndManifestTests(RealGuideFixture fixture) : IClassFixture<RealGuideFixture>
{
    private const string Base = "/backpain-guide/";

    [Fact]
    public void Every_page_links_an_svg_icon_and_every_site_page_a_png_fallback_a_touch_icon_and_the_manifest()
    {
        var embedPages = 0;
        foreach (var (path, doc) in fixture.Site.Pages)
        {
            Assert.True(doc.QuerySelector("link[rel=icon][type='image/svg+xml']")?.GetAttribute("href")?.StartsWith(Base + "assets/favicon.svg?v=", StringComparison.Ordinal) == true, path);
            if (path.StartsWith("embed/", StringComparison.Ordinal) && path != "embed/index.html")
            {
                embedPages++; // framed inside other sites: the SVG icon for a reader who opens one alone, nothing more
                continue;
            }
            Assert.True(doc.QuerySelector("link[rel=icon][type='image/png'][sizes='32x32']")?.GetAttribute("href")?.StartsWith(Base + "assets/icon-32.png?v=", StringComparison.Ordinal) == true, path);
            Assert.True(doc.QuerySelector("link[rel=apple-touch-icon]")?.GetAttribute("href")?.StartsWith(Base + "assets/icon-180.png?v=", StringComparison.Ordinal) == true, path);
            Assert.Equal(Base + "manifest.webmanifest", doc.QuerySelector("link[rel=manifest]")?.GetAttribute("href"));
        }
        Assert.True(embedPages > 0);
    }

    [Fact]
    public void Every_linked_icon_is_the_size_it_claims()
    {
        foreach (var link in fixture.Site.Pages["index.html"].QuerySelectorAll("link[rel=icon][type='image/png'], link[rel=apple-touch-icon]"))
        {
            var file = Path.Combine(fixture.Site.Output, fixture.Site.FileOf(link.GetAttribute("href")!)!);
            var (w, h) = PngSize(File.ReadAllBytes(file));
            var expected = link.GetAttribute("sizes") ?? "180x180";
            Assert.Equal(expected, $"{w}x{h}");
        }
        var svg = File.ReadAllText(Path.Combine(fixture.Site.Output, "assets", "favicon.svg"));
        Assert.StartsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", svg, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void The_manifest_names_the_site_and_keeps_to_the_base_path()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(fixture.Site.Output, "manifest.webmanifest")));
        var m = json.RootElement;
        Assert.Equal(fixture.Site.Pages["index.html"].QuerySelector("h1")!.TextContent, m.GetProperty("name").GetString());
        Assert.Equal("en-GB", m.GetProperty("lang").GetString());
        Assert.Equal(Base, m.GetProperty("start_url").GetString());
        Assert.Equal(Base, m.GetProperty("scope").GetString());
        Assert.Equal(Base, m.GetProperty("id").GetString());
        var icons = m.GetProperty("icons").EnumerateArray().ToList();
        Assert.Contains(icons, i => i.GetProperty("sizes").GetString() == "192x192");
        Assert.Contains(icons, i => i.GetProperty("sizes").GetString() == "512x512");
        foreach (var icon in icons)
        {
            var src = icon.GetProperty("src").GetString()!;
            Assert.StartsWith(Base + "assets/", src, StringComparison.Ordinal);
            var bytes = File.ReadAllBytes(Path.Combine(fixture.Site.Output, fixture.Site.FileOf(src)!));
            if (icon.GetProperty("type").GetString() == "image/png")
            {
                var (w, h) = PngSize(bytes);
                Assert.Equal(icon.GetProperty("sizes").GetString(), $"{w}x{h}");
            }
        }
    }

    [Fact]
    public void The_manifest_follows_a_site_served_from_the_domain_root()
    {
        using var temp = new TempFolder();
        var output = Path.Combine(temp.Path, "out");
        var result = BackpainGuide.Build.SitePipeline.Run(new BackpainGuide.Build.BuildOptions(
            Paths.Input, output, Paths.Theme, Paths.RepoRoot, "https://example.org/"));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "manifest.webmanifest")));
        Assert.Equal("/", json.RootElement.GetProperty("start_url").GetString());
        Assert.All(json.RootElement.GetProperty("icons").EnumerateArray(), i => Assert.StartsWith("/assets/", i.GetProperty("src").GetString(), StringComparison.Ordinal));
        Assert.Contains("<link rel=\"manifest\" href=\"/manifest.webmanifest\">", File.ReadAllText(Path.Combine(output, "index.html")), StringComparison.Ordinal);
    }

    /// <summary>Width and height from a PNG's IHDR chunk, which always comes first.</summary>
    private static (int W, int H) PngSize(byte[] png)
    {
        Assert.True(png.AsSpan(0, 8).SequenceEqual(new byte[] { 137, 80, 78, 71, 13, 10, 26, 10 }), "not a PNG");
        Assert.Equal("IHDR", System.Text.Encoding.ASCII.GetString(png, 12, 4));
        return (BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)));
    }
}
