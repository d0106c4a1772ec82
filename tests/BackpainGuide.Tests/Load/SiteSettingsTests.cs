using BackpainGuide.Cli;
using BackpainGuide.Tests.Support;

namespace BackpainGuide.Tests.Load;

/// <summary>
/// site.yml values that become URLs: the branch of "Edit this page" links must be a plain git
/// branch name, and no URL may carry a user name or password into every page and the sitemap.
/// </summary>
public class SiteSettingsTests
{
    private static string[] Check(string siteYml)
    {
        using var site = new TestSite();
        site.Write("input/site.yml", siteYml).Question("a", "A?", related: "[b]").Question("b", "B?", "[a](a.md)", related: "[a]");
        return site.Build(write: false).Diagnostics.Select(d => d.ToString()).ToArray();
    }

    private static string WithBranch(string branch) => TestSite.SiteYml.Replace("branch: \"main\"", $"branch: \"{branch}\"", StringComparison.Ordinal);

    [Theory]
    [InlineData("main/../../attacker/repo/edit/main")]
    [InlineData("..")]
    [InlineData("/main")]
    [InlineData("main/")]
    [InlineData("a//b")]
    [InlineData(".hidden")]
    [InlineData("a/.b")]
    [InlineData("topic.lock")]
    [InlineData("main.")]
    [InlineData("a b")]
    [InlineData("a~1")]
    [InlineData("a^2")]
    [InlineData("a:b")]
    [InlineData("a?b")]
    [InlineData("a*")]
    [InlineData("a[0]")]
    [InlineData("a\\\\b")]
    [InlineData("@")]
    [InlineData("a@{1}")]
    [InlineData("a#b")]
    [InlineData("a%2e%2e")]
    [InlineData("main\\n")]
    [InlineData("-main")]
    public void A_branch_that_is_not_a_plain_git_branch_name_is_refused(string branch) =>
        Assert.Contains(Check(WithBranch(branch)), d => d.StartsWith("input/site.yml:6:9: error BG027: branch '", StringComparison.Ordinal));

    [Theory]
    [InlineData("main")]
    [InlineData("release/1.2")]
    [InlineData("feature_x-y")]
    [InlineData("v2.0")]
    public void Plain_branch_names_are_accepted(string branch) => Assert.Empty(Check(WithBranch(branch)));

    [Theory]
    [InlineData("base_url: \"https://example.org/guide/\"", "base_url: \"https://user:secret@example.org/guide/\"", "input/site.yml:3:11: error BG027: base_url")]
    [InlineData("base_url: \"https://example.org/guide/\"", "base_url: \"https://token@example.org/guide/\"", "input/site.yml:3:11: error BG027: base_url")]
    [InlineData("repository: \"https://github.com/example/guide\"", "repository: \"https://user:ghp_x@github.com/example/guide\"", "input/site.yml:5:13: error BG027: repository")]
    public void Urls_with_credentials_are_refused(string from, string to, string expected) =>
        Assert.Contains(Check(TestSite.SiteYml.Replace(from, to, StringComparison.Ordinal)),
            d => d.StartsWith(expected, StringComparison.Ordinal) && d.Contains("user name or password", StringComparison.Ordinal));

    [Fact]
    public void A_base_url_option_with_credentials_is_a_usage_error()
    {
        using var site = new TestSite();
        site.Question("a", "A?");
        var result = GuideCli.Run("build", "--input", site.Input, "--output", site.Output, "--base-url", "https://user:pw@example.org/");
        Assert.Equal(Runner.UsageError, result.ExitCode);
        Assert.Contains("user name or password", result.Stderr, StringComparison.Ordinal);
    }
}
