using BackpainGuide.Cli;
using BackpainGuide.Tests.Support;

namespace BackpainGuide.Tests.Errors;

public class RealInputTests
{
    [Fact]
    public void The_guide_content_passes_check_with_no_errors()
    {
        var result = GuideCli.Run("check", "--quiet", "--input", RepoPaths.Input);
        Assert.DoesNotContain(result.StdoutLines, line => line.Contains(": error ", StringComparison.Ordinal));
        Assert.Equal(Runner.Ok, result.ExitCode);
    }
}
