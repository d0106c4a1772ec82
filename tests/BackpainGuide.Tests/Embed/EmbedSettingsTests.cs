using BackpainGuide.Diagnostics;
using BackpainGuide.Load;
using BackpainGuide.Tests.Support;

namespace BackpainGuide.Tests.Embed;

/// <summary>licence, licence_url and attribution in site.yml: checked like the other settings, with positions.</summary>
public sealed class EmbedSettingsTests : IDisposable
{
    private const string Base = "title: \"G\"\ndescription: \"D\"\nbase_url: \"https://example.org/\"\nlanguage: \"en\"\ndisclaimer: \"X\"\n";

    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void Valid_settings_are_read()
    {
        var (site, diagnostics) = Load("licence: \"CC BY 4.0\"\nlicence_url: \"https://creativecommons.org/licenses/by/4.0/\"\nattribution: \"The team\"\n");
        Assert.Empty(diagnostics);
        Assert.Equal("CC BY 4.0", site!.Licence);
        Assert.Equal("https://creativecommons.org/licenses/by/4.0/", site.LicenceUrl);
        Assert.Equal("The team", site.Credit);
    }

    [Fact]
    public void Without_them_the_credit_is_the_site_title_and_there_is_no_licence()
    {
        var (site, diagnostics) = Load("");
        Assert.Empty(diagnostics);
        Assert.Null(site!.Licence);
        Assert.Equal("G", site.Credit);
    }

    [Theory]
    [InlineData("licence_url: \"javascript:alert(1)\"\nlicence: \"L\"\n", 6, 14, "licence_url 'javascript:alert(1)' must be an absolute http(s) URL")]
    [InlineData("licence_url: \"https://example.org/l\"\n", 6, 14, "licence_url needs a licence")]
    [InlineData("licence: \"line one\\nline two\"\n", 6, 10, "licence must be a licence name")]
    [InlineData("attribution: \"tab\\there\"\n", 6, 14, "attribution must be one line naming who wrote the guide")]
    [InlineData("licence: [\"a\"]\n", 6, 10, "")]
    public void Bad_values_are_reported_where_they_are_written(string yaml, int line, int column, string message)
    {
        var (site, diagnostics) = Load(yaml);
        Assert.Null(site);
        var error = Assert.Single(diagnostics);
        Assert.Equal(Severity.Error, error.Severity);
        Assert.Equal((line, column), (error.Line, error.Column));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_overlong_attribution_is_refused_with_its_length()
    {
        var (site, diagnostics) = Load($"attribution: \"{new string('a', SettingsLoader.MaxAttributionChars + 1)}\"\n");
        Assert.Null(site);
        Assert.Contains($"is {SettingsLoader.MaxAttributionChars + 1} characters long", Assert.Single(diagnostics).Message, StringComparison.Ordinal);
    }

    private (BackpainGuide.Model.SiteSettings? Site, IReadOnlyList<Diagnostic> Diagnostics) Load(string extra)
    {
        var path = temp["site.yml"];
        File.WriteAllText(path, Base + extra);
        var diagnostics = new DiagnosticBag();
        var site = SettingsLoader.LoadSite(new InputFile(path, "site.yml"), diagnostics, null);
        return (site, diagnostics.Sorted());
    }
}
