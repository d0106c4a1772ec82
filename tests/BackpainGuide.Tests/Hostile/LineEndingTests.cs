using System.Text;
using BackpainGuide.Tests.Support;

namespace BackpainGuide.Tests.Hostile;

public class LineEndingTests
{
    [Theory]
    [InlineData("crlf", false)]
    [InlineData("bom", true)]
    [InlineData("crlf-and-bom", true)]
    public void Files_with_crlf_or_a_bom_build_the_same_site_as_lf_files(string name, bool bom) => Assert.Equal(Build(null, false), Build(name, bom));

    private static SortedDictionary<string, string> Build(string? name, bool bom)
    {
        using var temp = new TempFolder();
        var input = Fixtures.CopyInput("valid", "minimal", temp);
        foreach (var file in Directory.EnumerateFiles(input, "*", SearchOption.AllDirectories))
        {
            var text = File.ReadAllText(file);
            if (name?.Contains("crlf", StringComparison.Ordinal) == true) text = text.Replace("\n", "\r\n", StringComparison.Ordinal);
            File.WriteAllBytes(file, [.. bom ? Encoding.UTF8.GetPreamble() : [], .. Encoding.UTF8.GetBytes(text)]);
        }
        var result = GuideCli.Run("build", "--quiet", "--input", input, "--output", temp["output"]);
        Assert.True(result.ExitCode == 0 && result.Stdout.Length == 0, result.Stdout + result.Stderr);
        return FileTree.Fingerprint(temp["output"]);
    }
}
