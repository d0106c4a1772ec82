using System.Text.Json;
using BackpainGuide.Tests.Support;

namespace BackpainGuide.Tests.Errors;

/// <summary>
/// `check --format github` and `--format json` on every error and warning fixture print exactly
/// the fixture's expected.github.txt and expected.json; the GitHub run also appends every
/// diagnostic to the job summary as one table row.
/// </summary>
public class FormatFixtureTests
{
    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var group in new[] { "errors", "warnings" })
        {
            foreach (var name in Fixtures.Names(group)) data.Add(group, (string)name.Data);
        }
        return data;
    }

    [Theory, MemberData(nameof(Cases))]
    public void Github_format_prints_the_expected_workflow_commands_and_a_summary_row_for_each(string group, string name)
    {
        using var temp = new TempFolder();
        var input = Fixtures.CopyInput(group, name, temp);
        var summary = temp["step-summary.md"];

        var result = GuideCli.Run(GuideCli.Isolated(summary), "check", "--quiet", "--format", "github", "--input", input);

        Golden.AssertMatches(Path.Combine(Fixtures.Folder(group, name), "expected.github.txt"), result.Stdout);
        Assert.All(result.StdoutLines, l => Assert.Matches("^::(error|warning) file=[^,:]+(,line=[0-9]+,col=[0-9]+)?,title=BG[0-9]{3}::", l));
        var rows = File.ReadAllLines(summary).Where(l => l.StartsWith("| input", StringComparison.Ordinal)).ToArray();
        Assert.Equal(result.StdoutLines.Length, rows.Length);
    }

    [Theory, MemberData(nameof(Cases))]
    public void Json_format_prints_the_expected_document(string group, string name)
    {
        using var temp = new TempFolder();
        var input = Fixtures.CopyInput(group, name, temp);

        var result = GuideCli.Run("check", "--quiet", "--format", "json", "--input", input);

        Golden.AssertMatches(Path.Combine(Fixtures.Folder(group, name), "expected.json"), result.Stdout);
        using var doc = JsonDocument.Parse(result.Stdout);
        var diagnostics = doc.RootElement.GetProperty("diagnostics").EnumerateArray().ToList();
        Assert.Equal(1, doc.RootElement.GetProperty("version").GetInt32());
        Assert.Equal(diagnostics.Count(d => d.GetProperty("severity").GetString() == "error"), doc.RootElement.GetProperty("errors").GetInt32());
        Assert.Equal(diagnostics.Count(d => d.GetProperty("severity").GetString() == "warning"), doc.RootElement.GetProperty("warnings").GetInt32());
        // The same findings as the text format, field for field.
        var text = File.ReadAllText(Path.Combine(Fixtures.Folder(group, name), "expected.txt")).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(text, diagnostics.Select(AsText));
    }

    [Fact]
    public void The_job_summary_of_the_many_mistakes_fixture_is_the_expected_table()
    {
        using var temp = new TempFolder();
        var input = Fixtures.CopyInput("errors", "many-mistakes-in-one-question", temp);
        var summary = temp["step-summary.md"];
        File.WriteAllText(summary, "earlier steps' text\n");

        GuideCli.Run(GuideCli.Isolated(summary), "check", "--quiet", "--format", "github", "--input", input);

        var written = File.ReadAllText(summary);
        Assert.StartsWith("earlier steps' text\n", written, StringComparison.Ordinal);
        Golden.AssertMatches(Path.Combine(Fixtures.Folder("errors", "many-mistakes-in-one-question"), "expected.summary.md"),
            written["earlier steps' text\n".Length..]);
    }

    private static string AsText(JsonElement d)
    {
        var line = d.GetProperty("line").GetInt32();
        var where = line > 0 ? $"{d.GetProperty("file").GetString()}:{line}:{d.GetProperty("column").GetInt32()}" : d.GetProperty("file").GetString();
        return $"{where}: {d.GetProperty("severity").GetString()} {d.GetProperty("code").GetString()}: {d.GetProperty("message").GetString()}";
    }
}
