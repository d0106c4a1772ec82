using System.Globalization;
using System.Security.Cryptography;
using BackpainGuide.Build;
using BackpainGuide.Tests.Support;

namespace BackpainGuide.Tests.Site;

public class DeterminismTests
{
    /// <summary>Path and SHA-256 of every file of a folder, in ordinal order.</summary>
    public static IReadOnlyList<string> Fingerprint(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/') + " " + Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))))
            .Order(StringComparer.Ordinal)
            .ToList();

    [Fact]
    public void Two_builds_of_the_same_input_are_byte_identical_whatever_the_culture()
    {
        var root = Path.Combine(Path.GetTempPath(), "bg-det-" + Guid.NewGuid().ToString("N")[..12]);
        var saved = CultureInfo.CurrentCulture;
        try
        {
            var a = SitePipeline.Run(new BuildOptions(Paths.Input, Path.Combine(root, "a"), Paths.Theme, Paths.RepoRoot));
            CultureInfo.CurrentCulture = CultureInfo.DefaultThreadCurrentCulture = new CultureInfo("tr-TR");
            var b = SitePipeline.Run(new BuildOptions(Paths.Input, Path.Combine(root, "b"), Paths.Theme, Paths.RepoRoot));
            Assert.True(a.Succeeded && b.Succeeded);
            var fa = Fingerprint(Path.Combine(root, "a"));
            Assert.True(fa.Count > 30);
            Assert.Equal(fa, Fingerprint(Path.Combine(root, "b")));
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
            CultureInfo.DefaultThreadCurrentCulture = null;
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void Output_does_not_depend_on_the_order_files_were_created_in()
    {
        using var first = new TestSite();
        using var second = new TestSite();
        var slugs = Enumerable.Range(0, 12).Select(i => $"q-{i:D2}").ToList();
        foreach (var s in slugs) first.Question(s, $"Question {s}?", related: $"[{slugs[(slugs.IndexOf(s) + 1) % slugs.Count]}]");
        foreach (var s in Enumerable.Reverse(slugs)) second.Question(s, $"Question {s}?", related: $"[{slugs[(slugs.IndexOf(s) + 1) % slugs.Count]}]");
        Assert.True(first.Build().Succeeded);
        Assert.True(second.Build().Succeeded);
        Assert.Equal(Fingerprint(first.Output), Fingerprint(second.Output));
    }
}
