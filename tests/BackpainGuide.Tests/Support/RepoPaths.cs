namespace BackpainGuide.Tests.Support;

/// <summary>Files of the repository, found from the test binary (which runs from bin/).</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Fixtures => Path.Combine(Root, "tests", "fixtures");

    public static string Input => Path.Combine(Root, "input");

    public static string QuestionsOf(string input) => Path.Combine(input, "questions");

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "backpain-guide.slnx"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException($"no backpain-guide.slnx above {AppContext.BaseDirectory}");
    }
}
