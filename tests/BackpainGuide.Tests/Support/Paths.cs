namespace BackpainGuide.Tests.Support;

/// <summary>Folders of the repository, found from the test's own location.</summary>
public static class Paths
{
    public static string RepoRoot { get; } = FindRoot();

    public static string Input => Path.Combine(RepoRoot, "input");

    public static string Theme => Path.Combine(RepoRoot, "theme");

    public static string Fixtures => Path.Combine(RepoRoot, "tests", "fixtures");

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "backpain-guide.slnx"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("cannot find the repository root above " + AppContext.BaseDirectory);
    }
}
