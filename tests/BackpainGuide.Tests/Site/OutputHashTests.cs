using System.Diagnostics;
using System.Globalization;
using BackpainGuide.Build;
using BackpainGuide.Tests.Support;

namespace BackpainGuide.Tests.Site;

/// <summary>
/// The guard for optimisations: the hash of every output file of the minimal fixture, the guide
/// itself and the 1,000-question benchmark corpus, against committed lists in
/// tests/fixtures/golden-output/. A change that should not change output must leave them alone; a
/// deliberate change of output (a template, a new page kind) is one run with
/// BACKPAIN_UPDATE_GOLDEN=1 and a review of which lines moved.
/// </summary>
public class OutputHashTests
{
    private static string GoldenFile(string name) => Path.Combine(Paths.Fixtures, "golden-output", name + ".txt");

    [Fact]
    public void The_minimal_fixture_builds_to_the_committed_hashes()
    {
        using var temp = new TempFolder();
        var input = Path.Combine(Paths.Fixtures, "valid", "minimal", "input");
        Build(input, temp["out"], Path.Combine(Paths.Fixtures, "valid", "minimal"));
        Golden.AssertMatches(GoldenFile("minimal"), OutputHashes.List(OutputHashes.Files(temp["out"])));
    }

    [Fact]
    public void The_guide_builds_to_the_committed_hashes()
    {
        using var temp = new TempFolder();
        Build(Paths.Input, temp["out"], Paths.RepoRoot);
        Golden.AssertMatches(GoldenFile("guide"), OutputHashes.List(OutputHashes.Files(temp["out"])));
    }

    [Fact]
    public void The_thousand_question_benchmark_corpus_builds_to_the_committed_hashes()
    {
        using var temp = new TempFolder();
        var input = temp["corpus"];
        MakeCorpus(1000, input);
        Build(input, temp["out"], temp.Path);
        var files = OutputHashes.Files(temp["out"]);
        var slugs = Directory.GetFiles(Path.Combine(input, "questions"), "*.md").Select(Path.GetFileNameWithoutExtension).OfType<string>()
            .ToHashSet(StringComparer.Ordinal);
        Assert.Equal(1000, slugs.Count);
        var actual = OutputHashes.Grouped(files, slugs);
        if (!Golden.Updating && File.Exists(GoldenFile("corpus-1000")) && File.ReadAllText(GoldenFile("corpus-1000")) != actual)
        {
            // Which file moved: the per-file list of this build, to compare with one from the previous commit.
            var list = Path.Combine(Path.GetTempPath(), "bg-corpus-1000-hashes.txt");
            File.WriteAllText(list, OutputHashes.List(files));
            TestContext.Current.SendDiagnosticMessage($"every file's hash of this build: {list}");
        }
        Golden.AssertMatches(GoldenFile("corpus-1000"), actual);
    }

    private static void Build(string input, string output, string root)
    {
        var result = SitePipeline.Run(new BuildOptions(input, output, Paths.Theme, root, null, true) { Today = new DateOnly(2026, 12, 1) });
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics.Take(5)));
    }

    /// <summary>The benchmark's corpus: ../shared/bench/gen-corpus.py (beside the repository here and on CI), with the guide's site.yml.</summary>
    private static void MakeCorpus(int questions, string folder)
    {
        var script = Generator() ?? throw new InvalidOperationException("shared/bench/gen-corpus.py is not beside the repository or a parent of it");
        using var process = Process.Start(new ProcessStartInfo("python3", [script, questions.ToString(CultureInfo.InvariantCulture), folder])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var stderr = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, "gen-corpus.py failed: " + stderr.Result);
        // The corpus has its own questions, so the guide's urgent_question names none of them (as in tests/bench/run.sh).
        File.WriteAllLines(Path.Combine(folder, "site.yml"),
            File.ReadLines(Path.Combine(Paths.Input, "site.yml")).Where(l => !l.StartsWith("urgent_question:", StringComparison.Ordinal)));
    }

    private static string? Generator()
    {
        for (var dir = new DirectoryInfo(Paths.RepoRoot); dir is not null; dir = dir.Parent)
        {
            var script = Path.Combine(dir.FullName, "shared", "bench", "gen-corpus.py");
            if (File.Exists(script)) return script;
        }
        return null;
    }
}
