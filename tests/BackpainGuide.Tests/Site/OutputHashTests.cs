using BackpainGuide.Build;
using BackpainGuide.Tests.Support;

namespace BackpainGuide.Tests.Site;

/// <summary>
/// The guard for optimisations: the hash of every output file of the minimal fixture, the guide
/// itself and a corpus of the guide with a thousand copies of its questions, against committed lists in
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
    public void A_thousand_question_corpus_builds_to_the_committed_hashes()
    {
        using var temp = new TempFolder();
        var input = temp["corpus"];
        MakeCorpus(1000, input);
        Build(input, temp["out"], temp.Path);
        var files = OutputHashes.Files(temp["out"]);
        var slugs = Directory.GetFiles(Path.Combine(input, "questions"), "*.md").Select(Path.GetFileNameWithoutExtension).OfType<string>()
            .ToHashSet(StringComparer.Ordinal);
        Assert.Equal(1000 + Directory.GetFiles(Path.Combine(Paths.Input, "questions"), "*.md").Length, slugs.Count);
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

    /// <summary>
    /// A thousand questions made here, not by the benchmark's generator (which lives outside the
    /// repository): the guide's input with a thousand renamed copies of its questions, so the list
    /// pages are cut into pages and every kind of output is many files. Same bytes on any machine.
    /// </summary>
    private static void MakeCorpus(int questions, string folder)
    {
        Faults.BigCorpus.CopyRealQuestions(folder, questions);
        // The copies keep the guide's urgent_question, which still names a page of the corpus.
    }
}
