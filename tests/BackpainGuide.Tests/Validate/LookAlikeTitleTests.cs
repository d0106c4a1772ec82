using System.Diagnostics;
using BackpainGuide.Diagnostics;
using BackpainGuide.Tests.Support;

namespace BackpainGuide.Tests.Validate;

/// <summary>
/// A second question whose title reads the same as the first must not pass: invisible format
/// characters are refused where they are, and look-alikes (case, compatibility forms, combining
/// accents, Cyrillic or Greek letters) count as the same title.
/// </summary>
public class LookAlikeTitleTests
{
    private const string Emergency = "When is lower back pain an emergency?";

    public static TheoryData<string, string, string> Cases => new()
    {
        { Emergency, "When is lower back pain an emergency\u200B?", Codes.FormatCharacter },
        { Emergency, "When is lower back pain an \u200Femergency?", Codes.FormatCharacter },
        { Emergency, "When is lower back pain an \u202Eycnegreme?", Codes.FormatCharacter },
        { Emergency, "When is lower back pain an emer\u00ADgency?", Codes.FormatCharacter },
        { Emergency, "When is lower back\u2060 pain an emergency?", Codes.FormatCharacter },
        { Emergency, "When is lower back pain an em\u0435rgency?", Codes.DuplicateTitle },
        { Emergency, "When is l\u03BFwer back pain an emergency?", Codes.DuplicateTitle },
        { Emergency, "WHEN IS LOWER BACK PAIN AN EMERGENCY?", Codes.DuplicateTitle },
        { Emergency, "\uFF37hen is lower back pain an emergency\uFF1F", Codes.DuplicateTitle },
        { Emergency, "When  is lower back pain\u00A0an emergency? ", Codes.DuplicateTitle },
        { "Is a caf\u00E9 run OK?", "Is a cafe\u0301 run OK?", Codes.DuplicateTitle },
        { "Is a cafe\u0301 run OK?", "Is a caf\u00E9 run OK?", Codes.DuplicateTitle },
        { "Is the \uFB01rst run OK?", "Is the first run OK?", Codes.DuplicateTitle },
    };

    private static TestSite Site(string first, string second) => new TestSite()
        .Question("first", first, related: "[second]")
        .Question("second", second, related: "[first]");

    [Theory, MemberData(nameof(Cases))]
    public void A_title_that_reads_like_another_is_refused_with_its_position(string first, string second, string code)
    {
        using var site = Site(first, second);
        var errors = site.Build(write: false).Diagnostics.Where(d => d.Severity == Severity.Error).ToList();
        // A title with an invisible character is also the look-alike duplicate it was made to be: both are reported.
        var d = Assert.Single(errors, e => e.Code == code);
        Assert.All(errors, e => Assert.Contains(e.Code, new[] { code, Codes.DuplicateTitle }));
        Assert.Equal((code, "input/questions/second.md", 2, 8), (d.Code, d.Path, d.Line, d.Column));
        if (code == Codes.FormatCharacter) Assert.Matches(@"format character, U\+[0-9A-F]{4}, at character \d+", d.Message);
    }

    [Theory]
    [InlineData("\u0430", "a")]
    [InlineData("\u0261", "g")]
    [InlineData("\u03B1", "a")]
    [InlineData("\u03BF", "o")]
    [InlineData("\u03C7", "x")]
    [InlineData("\u03F2", "c")]
    [InlineData("\u0410\u0412\u0415", "abe")]
    public void Greek_and_cyrillic_look_alikes_read_as_their_latin_letter(string letters, string latin) =>
        Assert.Equal(latin, BackpainGuide.Validate.TitleKey.Of(letters));

    [Theory]
    [InlineData("When is lower back pain not an emergency?")]
    [InlineData("When is upper back pain an emergency?")]
    [InlineData("Is a cafe run OK?")]
    public void Titles_that_read_differently_pass(string second)
    {
        using var site = Site(Emergency, second);
        Assert.DoesNotContain(site.Build(write: false).Diagnostics, d => d.Severity == Severity.Error);
    }

    /// <summary>
    /// The generator runs with invariant globalization (its runtimeconfig), where .NET's
    /// string.Normalize returns its input unchanged; the tests run with ICU. So the look-alike key
    /// is checked here in the generator's own process and configuration.
    /// </summary>
    [Fact]
    public void The_generator_process_with_invariant_globalization_finds_look_alikes()
    {
        var config = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "BackpainGuide.runtimeconfig.json"));
        Assert.Contains("\"System.Globalization.Invariant\": true", config, StringComparison.Ordinal);
        using var site = new TestSite()
            .Question("first", "Is a caf\u00E9 run OK?", related: "[second]")
            .Question("second", "Is a cafe\u0301 run OK?", related: "[third]")
            .Question("third", "When is lower back pain an em\u0435rgency?", related: "[fourth]")
            .Question("fourth", Emergency, related: "[first]");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var a in new[] { Path.Combine(AppContext.BaseDirectory, "BackpainGuide.dll"), "check", "--quiet", "--input", site.Input }) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEnd();
        process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.Equal(1, process.ExitCode);
        var duplicates = stdout.Split('\n').Where(l => l.Contains(" error BG010: ", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, duplicates.Count);
    }
}
