using BackpainGuide.Diagnostics;
using BackpainGuide.Load;

namespace BackpainGuide.Tests.Load;

public sealed class SynonymsLoaderTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("bg-synonyms-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    private (IReadOnlyList<BackpainGuide.Model.SynonymGroup>? Groups, List<Diagnostic> Diagnostics) Load(string? yaml)
    {
        var path = Path.Combine(dir, "synonyms.yml");
        if (yaml is not null) File.WriteAllText(path, yaml);
        var diagnostics = new DiagnosticBag();
        var groups = SynonymsLoader.Load(new InputFile(path, "input/synonyms.yml"), diagnostics);
        return (groups, diagnostics.Sorted().ToList());
    }

    [Fact]
    public void Reads_a_list_of_lists()
    {
        var (groups, diagnostics) = Load("- [\"paracetamol\", \"tylenol\"]\n- [\"lumbar\", \"lower back\"]\n");
        Assert.Empty(diagnostics);
        Assert.Equal(2, groups!.Count);
        Assert.Equal(["lumbar", "lower back"], groups[1].Phrases);
    }

    [Fact]
    public void Plain_words_with_hyphens_ampersands_apostrophes_and_repeats_are_accepted()
    {
        var (groups, diagnostics) = Load("- [\"a&e\", \"sit-up\", \"don't\", \"constructor constructor\", \"zzspam\", \"999\", \"caf\u00e9\"]\n");
        Assert.Empty(diagnostics);
        Assert.Equal(7, groups![0].Phrases.Count);
    }

    [Fact]
    public void An_urgent_group_names_an_emergency_sign()
    {
        var (groups, diagnostics) = Load("- [\"ice\", \"cold pack\"]\n- urgent: [\"cauda equina syndrome\", \"numb bum\"]\n");
        Assert.Empty(diagnostics);
        Assert.False(groups![0].Urgent);
        Assert.True(groups[1].Urgent);
        Assert.Equal(["cauda equina syndrome", "numb bum"], groups[1].Phrases);
    }

    [Theory]
    [InlineData("- ice: [\"ice\", \"cold\"]\n", "input/synonyms.yml:1:3: error BG055")]
    [InlineData("- urgent: [\"a\", \"b\"]\n  extra: 1\n", "input/synonyms.yml:2:3: error BG055")]
    [InlineData("- {}\n", "input/synonyms.yml:1:3: error BG055")]
    [InlineData("- urgent: \"numb bum\"\n", "input/synonyms.yml:1:11: error BG016")]
    [InlineData("- urgent: [\"Numb Bum\", \"ces\"]\n", "input/synonyms.yml:1:12: error BG027")]
    public void A_group_written_as_anything_but_urgent_is_refused_where_it_is(string yaml, string expected)
    {
        var (groups, diagnostics) = Load(yaml);
        Assert.Null(groups);
        Assert.Contains(diagnostics, d => d.ToString().StartsWith(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void A_missing_file_means_no_synonyms()
    {
        var (groups, diagnostics) = Load(null);
        Assert.Empty(groups!);
        Assert.Empty(diagnostics);
    }

    [Theory]
    [InlineData("paracetamol: tylenol\n", "BG027", 1, 1)]
    [InlineData("- [\"paracetamol\", \"tylenol\"]\n- \"ice\"\n", "BG016", 2, 3)]
    [InlineData("- [\"paracetamol\", \"Tylenol\"]\n", "BG027", 1, 19)]
    [InlineData("- [\"paracetamol\", [\"x\", \"y\"]]\n", "BG016", 1, 19)]
    [InlineData("- [\"paracetamol\"]\n", "BG016", 1, 3)]
    [InlineData("- [\"paracetamol\", \"__proto__\"]\n", "BG054", 1, 19)]
    [InlineData("- [\"paracetamol\", \"constructor.prototype\"]\n", "BG054", 1, 19)]
    [InlineData("- [\"paracetamol\", \"tostring()\"]\n", "BG054", 1, 19)]
    [InlineData("- [\"paracetamol\", \"tyle\u200bnol\"]\n", "BG054", 1, 19)]
    [InlineData("- [\"paracetamol\", \"tylenol\u202e\"]\n", "BG054", 1, 19)]
    [InlineData("- [\"paracetamol\", \"a b c d e f g h i\"]\n", "BG052", 1, 19)]
    public void Bad_entries_are_reported_with_their_position(string yaml, string code, int line, int column)
    {
        var (groups, diagnostics) = Load(yaml);
        Assert.Null(groups);
        var d = Assert.Single(diagnostics);
        Assert.Equal(code, d.Code);
        Assert.Equal((line, column), (d.Line, d.Column));
        Assert.Contains("input/synonyms.yml", d.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_guide_s_own_synonyms_load()
    {
        var repo = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(repo.FullName, "backpain-guide.slnx"))) repo = repo.Parent!;
        var diagnostics = new DiagnosticBag();
        var path = Path.Combine(repo.FullName, "input", "synonyms.yml");
        var groups = SynonymsLoader.Load(new InputFile(path, "input/synonyms.yml"), diagnostics);
        Assert.False(diagnostics.HasErrors);
        Assert.Contains(groups!, g => g.Phrases.Contains("tylenol"));
    }
}
