using System.Text;
using System.Xml.Linq;
using BackpainGuide.Build;
using BackpainGuide.Layout.Units;
using BackpainGuide.Model;
using BackpainGuide.Tests.Support;

namespace BackpainGuide.Tests.Layout;

/// <summary>
/// Past the sitemaps protocol's limits (50,000 URLs or 50 MB a file) sitemap.xml becomes a
/// sitemap index of numbered sitemaps that hold every URL once, in order; under them it is one
/// urlset. The limits are lowered here so a small site crosses them.
/// </summary>
public class SitemapTests
{
    private static readonly XNamespace Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private static SitePlan Plan(TestSite site) =>
        SitePipeline.Plan(new BuildOptions(site.Input, site.Output, Paths.Theme, site.Root));

    private static TestSite Site(int questions)
    {
        var site = new TestSite();
        for (var i = 0; i < questions; i++)
        {
            site.Question($"q-{i:D2}", $"Question number {i}?", related: $"[q-{(i + 1) % questions:D2}]");
        }
        return site;
    }

    private static List<string> Locs(XDocument doc, string element) =>
        doc.Root!.Elements(Ns + element).Select(e => e.Element(Ns + "loc")!.Value).ToList();

    private static XDocument Xml(OutputFile file) => XDocument.Parse(Encoding.UTF8.GetString(file.Content()));

    [Fact]
    public void A_site_past_the_limit_gets_an_index_of_numbered_sitemaps_holding_every_url_once_in_order()
    {
        using var site = Site(7);
        var plan = Plan(site);
        var whole = new SitemapUnit().Plan(plan.Context!, plan.Pages).ToList();
        var single = Assert.Single(whole);
        Assert.Equal("urlset", Xml(single).Root!.Name.LocalName);
        var every = Locs(Xml(single), "url");
        Assert.True(every.Count > 10, $"only {every.Count} URLs");

        var split = new SitemapUnit(maxUrls: 4).Plan(plan.Context!, plan.Pages).ToList();
        var index = Xml(split[0]);
        Assert.Equal("sitemap.xml", split[0].Path);
        Assert.Equal("sitemapindex", index.Root!.Name.LocalName);
        var parts = split.Skip(1).ToList();
        Assert.Equal((every.Count + 3) / 4, parts.Count);
        Assert.Equal(parts.Select((_, i) => $"https://example.org/guide/sitemap-{i + 1}.xml"), Locs(index, "sitemap"));
        Assert.Equal(parts.Select((_, i) => $"sitemap-{i + 1}.xml"), parts.Select(p => p.Path));
        var urls = parts.SelectMany(p => Locs(Xml(p), "url")).ToList();
        Assert.All(parts, p => Assert.InRange(Locs(Xml(p), "url").Count, 1, 4));
        Assert.Equal(every, urls);
    }

    [Fact]
    public void Each_part_of_the_index_carries_the_newest_review_date_of_its_urls()
    {
        using var site = Site(3);
        var plan = Plan(site);
        var split = new SitemapUnit(maxUrls: 2).Plan(plan.Context!, plan.Pages).ToList();
        var index = Xml(split[0]).Root!.Elements(Ns + "sitemap").ToList();
        for (var i = 0; i < index.Count; i++)
        {
            var dates = Xml(split[i + 1]).Root!.Elements(Ns + "url").Select(u => u.Element(Ns + "lastmod")?.Value).OfType<string>().ToList();
            Assert.Equal(dates.Count == 0 ? null : dates.Max(StringComparer.Ordinal), index[i].Element(Ns + "lastmod")?.Value);
        }
    }

    [Fact]
    public void A_part_is_cut_before_it_would_pass_the_byte_limit()
    {
        var entries = Enumerable.Range(0, 10).Select(i => new SitemapEntry($"https://example.org/{new string('a', 100)}/{i}/")).ToList();
        var parts = SitemapUnit.Split(entries, maxUrls: 50_000, maxBytes: 500);
        Assert.True(parts.Count > 1);
        Assert.Equal(entries, parts.SelectMany(p => p));
        Assert.All(parts, p => Assert.True(SitemapUnit.Sitemap(p).Length <= 500, $"{SitemapUnit.Sitemap(p).Length} bytes"));
    }

    [Fact]
    public void Fifty_thousand_urls_fit_one_sitemap_and_one_more_makes_two()
    {
        var entries = Enumerable.Range(0, SitemapUnit.MaxUrls).Select(i => new SitemapEntry($"https://example.org/q/{i}/", "2026-01-01")).ToList();
        Assert.Single(SitemapUnit.Split(entries));
        Assert.Equal(2, SitemapUnit.Split([.. entries, new SitemapEntry("https://example.org/one-more/")]).Count);
    }
}
