using System.Text.RegularExpressions;
using BackpainGuide.Diagnostics;
using BackpainGuide.Tests.Support;

namespace BackpainGuide.Tests.Errors;

public partial class CodeCoverageTests
{
    [GeneratedRegex(@" (?:error|warning) (BG\d{3}):")]
    private static partial Regex CodePattern();

    public static TheoryData<string> AllCodes => new(Codes.All.Select(c => c.Code));

    private static readonly Lazy<HashSet<string>> Covered = new(() =>
    {
        var lines = Directory.EnumerateFiles(RepoPaths.Fixtures, "expected.txt", SearchOption.AllDirectories).SelectMany(File.ReadLines)
            .Concat(GeneratedErrorTests.Cases.Select(row => row.Data.Item2));
        return lines.SelectMany(l => CodePattern().Matches(l)).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
    });

    [Theory, MemberData(nameof(AllCodes))]
    public void Every_diagnostic_code_is_produced_by_some_fixture(string code) => Assert.Contains(code, Covered.Value);
}
