using BackpainGuide.Build;
using BackpainGuide.Tests.Support;

namespace BackpainGuide.Tests.Layout;

/// <summary>
/// The built-in theme ships inside the program; a guide's own theme/ replaces single files of it.
/// </summary>
public class ThemeOverrideTests
{
    private static TestSite SmallSite() => new TestSite()
        .Question("a", "A?", "[b](b.md)", related: "[b]")
        .Question("b", "B?", "[a](a.md)", related: "[a]");

    [Fact]
    public void The_guide_built_with_its_theme_folder_and_with_the_built_in_theme_alone_is_byte_identical()
    {
        using var temp = new TempFolder();
        var withFolder = SitePipeline.Run(new BuildOptions(Paths.Input, temp["with"], Paths.Theme, Paths.RepoRoot));
        var builtIn = SitePipeline.Run(new BuildOptions(Paths.Input, temp["built-in"], null, Paths.RepoRoot));
        Assert.True(withFolder.Succeeded && builtIn.Succeeded);
        var expected = Site.DeterminismTests.Fingerprint(temp["with"]);
        Assert.True(expected.Count > 30);
        Assert.Equal(expected, Site.DeterminismTests.Fingerprint(temp["built-in"]));
    }

    [Fact]
    public void A_guide_theme_that_overrides_one_template_and_one_stylesheet_gets_them_and_the_defaults_for_the_rest()
    {
        using var site = SmallSite();
        var question = File.ReadAllText(Path.Combine(Paths.Theme, "templates", "question.sbn"))
            .Replace("<h1", "<p class=\"own-template\">Our own question template</p>\n<h1", StringComparison.Ordinal);
        Assert.Contains("own-template", question, StringComparison.Ordinal);
        site.Write("theme/templates/question.sbn", question);
        site.Write("theme/assets/site.css", "/* our own stylesheet */\nbody { color: #123456; }\n");

        var result = GuideCli.Run("build", "--quiet", "--input", site.Input, "--output", site.Output);
        Assert.True(result.ExitCode == 0, result.Stdout + result.Stderr);

        // The two files given.
        Assert.Contains("Our own question template", site.ReadOutput("questions/a/index.html"), StringComparison.Ordinal);
        Assert.Equal("/* our own stylesheet */\nbody { color: #123456; }\n", site.ReadOutput("assets/site.css"));
        // The rest from the built-in theme: other templates, other assets, the embed files.
        Assert.DoesNotContain("own-template", site.ReadOutput("tags/cause/index.html"), StringComparison.Ordinal);
        Assert.Contains("class=\"question-list\"", site.ReadOutput("tags/cause/index.html"), StringComparison.Ordinal);
        foreach (var (folder, file, output) in new[] { ("assets", "search.js", "assets/search.js"), ("embed", "embed.js", "embed.js") })
        {
            Assert.Equal(File.ReadAllText(Path.Combine(Paths.Theme, folder, file)), site.ReadOutput(output));
        }
        // Pages link the stylesheet by its content hash, so the override reaches readers' caches too.
        var pageCss = new BuiltSite(site.Output, "/guide/").Pages["index.html"].QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!;
        Assert.StartsWith("/guide/assets/site.css?v=", pageCss, StringComparison.Ordinal);
        var defaultBuild = SmallSite();
        using (defaultBuild)
        {
            Assert.True(defaultBuild.Build().Succeeded);
            var defaultCss = new BuiltSite(defaultBuild.Output, "/guide/").Pages["index.html"].QuerySelector("link[rel=stylesheet]")!.GetAttribute("href");
            Assert.NotEqual(defaultCss, pageCss);
        }
    }

    [Fact]
    public void A_guide_with_no_theme_folder_builds_with_the_built_in_theme()
    {
        using var site = SmallSite();
        Assert.False(Directory.Exists(Path.Combine(site.Root, "theme")));
        var result = GuideCli.Run("build", "--quiet", "--input", site.Input, "--output", site.Output);
        Assert.True(result.ExitCode == 0, result.Stdout + result.Stderr);
        Assert.Equal(File.ReadAllText(Path.Combine(Paths.Theme, "assets", "site.css")), site.ReadOutput("assets/site.css"));
        Assert.Single(new BuiltSite(site.Output, "/guide/").Pages["questions/a/index.html"].QuerySelectorAll("h1"));
    }

    [Fact]
    public void An_override_with_a_template_error_is_reported_at_its_own_file_and_line()
    {
        using var site = SmallSite();
        site.Write("theme/templates/tag.sbn", "<p>fine</p>\n{{ if }}\n");
        var result = GuideCli.Run("check", "--quiet", "--input", site.Input);
        Assert.Equal(1, result.ExitCode);
        Assert.NotEmpty(result.StdoutLines);
        Assert.StartsWith("theme/templates/tag.sbn:2:", result.StdoutLines[0], StringComparison.Ordinal);
        Assert.All(result.StdoutLines, line => Assert.StartsWith("theme/templates/tag.sbn:", line, StringComparison.Ordinal));
    }

    [Fact]
    public void A_theme_folder_named_with_theme_that_does_not_exist_is_a_usage_error()
    {
        using var site = SmallSite();
        var result = GuideCli.Run("check", "--input", site.Input, "--theme", Path.Combine(site.Root, "nope"));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("theme folder", result.Stderr, StringComparison.Ordinal);
    }
}
