using System.Text.RegularExpressions;
using BackpainGuide.Tests.Support;

namespace BackpainGuide.Tests.Site;

/// <summary>
/// A second guide, on knee pain in US English (tests/fixtures/guides/knee-pain), built with the
/// default theme: no output file carries a word of the lower back pain guide, since every word
/// around the content comes from the guide's own site.yml or the generic defaults, and every
/// page's lang is the guide's language.
/// </summary>
public partial class SecondGuideTests
{
    private static readonly string Input = Path.Combine(Paths.Fixtures, "guides", "knee-pain", "input");

    /// <summary>Words of this repository's guide that no other guide should inherit.</summary>
    [GeneratedRegex(@"\bback\b|\bcauda\s+equina\b|\b999\b|\bA&(amp;)?E\b|\bsciatica\b|\brunning\b|\bNHS\b", RegexOptions.IgnoreCase)]
    private static partial Regex GuideWords();

    [Fact]
    public void Knee_guide_builds_with_no_word_of_the_back_pain_guide_in_any_file()
    {
        using var temp = new TempFolder();
        var result = GuideCli.Run("build", "--quiet", "--input", Input, "--output", temp["output"], "--theme", Paths.Theme);
        Assert.True(result.ExitCode == 0, result.Stdout + result.Stderr);

        var files = Directory.EnumerateFiles(temp["output"], "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        Assert.True(files.Count > 20, $"{files.Count} files");
        var found = files.SelectMany(f => GuideWords().Matches(File.ReadAllText(f))
                .Select(m => $"{Path.GetRelativePath(temp["output"], f)}: '{m.Value}'"))
            .ToList();
        Assert.True(found.Count == 0, string.Join('\n', found.Take(40)));
    }

    [Fact]
    public void The_word_check_finds_the_back_pain_guides_own_words()
    {
        // The same check over this guide's build must fire, or it proves nothing.
        using var temp = new TempFolder();
        var result = GuideCli.Run("build", "--quiet", "--input", Paths.Input, "--output", temp["output"], "--theme", Paths.Theme);
        Assert.Equal(0, result.ExitCode);
        var banner = File.ReadAllText(Path.Combine(temp["output"], "about", "index.html"));
        Assert.Matches(GuideWords(), banner);
    }

    [Fact]
    public void Every_page_of_the_knee_guide_has_its_language_and_its_own_texts()
    {
        using var temp = new TempFolder();
        Assert.Equal(0, GuideCli.Run("build", "--quiet", "--input", Input, "--output", temp["output"], "--theme", Paths.Theme).ExitCode);
        var site = new BuiltSite(temp["output"], "/knee/");
        Assert.NotEmpty(site.Pages);
        Assert.All(site.Pages, p => Assert.Equal("en-US", p.Value.DocumentElement.GetAttribute("lang")));
        var home = site.Pages["index.html"];
        Assert.Contains("call 911", home.QuerySelector(".urgent-banner")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Search, e.g. swelling", home.QuerySelector("#bgSearchInput")!.GetAttribute("placeholder"));
        // Keys the guide left out show the generic defaults.
        Assert.Equal("Skip to the main content", home.QuerySelector(".skip-link")!.TextContent);
        Assert.Equal("When to get urgent help", home.QuerySelector(".urgent-banner a")!.TextContent);
        Assert.Equal(2, home.QuerySelectorAll("svg.body-map-figure a").Length);
        Assert.Empty(site.BrokenLinks());
    }
}
