using BackpainGuide.Diagnostics;
using BackpainGuide.Tests.Support;

namespace BackpainGuide.Tests.Errors;

/// <summary>The README's table of diagnostic codes is the user's copy of Codes.All.</summary>
public class DocumentedCodesTests
{
    public static TheoryData<string> AllCodes => new(Codes.All.Select(c => c.Code));

    [Theory, MemberData(nameof(AllCodes))]
    public void Every_code_has_a_row_in_the_readme(string code) =>
        Assert.Contains(File.ReadLines(Path.Combine(RepoPaths.Root, "README.md")), l => l.StartsWith($"| {code} |", StringComparison.Ordinal));
}
