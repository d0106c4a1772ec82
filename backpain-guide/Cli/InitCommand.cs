using System.Text;

namespace BackpainGuide.Cli;

/// <summary>
/// `init DIR`: writes a new guide into DIR from the scaffold embedded in the program (Cli/Scaffold/):
/// site.yml, tags.yml, an example question and an about page under input/, a README, the GitHub
/// workflows and a .gitignore. The scaffold names no topic, so any guide can start from it, and it
/// passes check and build as written. DIR must be missing or empty: nothing is ever overwritten.
/// </summary>
public static class InitCommand
{
    private const string Prefix = "scaffold/";

    public static int Run(CommandLine line, RunContext context, TextWriter stdout, TextWriter stderr)
    {
        var folder = Path.GetFullPath(line.Folder!);
        if (Refusal(folder, line.Folder!) is { } refusal)
        {
            stderr.WriteLine($"error: {refusal}");
            return Runner.UsageError;
        }

        var files = Files(context.Today);
        try
        {
            Directory.CreateDirectory(folder);
            foreach (var (relative, bytes) in files)
            {
                var path = Path.Combine(folder, relative);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                // CreateNew: a file that appeared since the check above is never overwritten.
                using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
                stream.Write(bytes);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"error: cannot write the new guide into '{line.Folder}': {ex.Message}");
            return Runner.UsageError;
        }

        foreach (var (relative, _) in files) stdout.WriteLine(Path.Combine(line.Folder!, relative).Replace('\\', '/'));
        if (!line.Quiet)
        {
            stderr.WriteLine($"created a new guide in {line.Folder} ({files.Count} files). Next:");
            stderr.WriteLine($"  cd {line.Folder}");
            stderr.WriteLine("  backpain-guide build      # builds the site into output/ (check: only checks; serve: previews)");
            stderr.WriteLine("then edit input/site.yml, replace the example question, and read README.md.");
        }
        return Runner.Ok;
    }

    /// <summary>The scaffold's files, ordinal by path, with the version and today's date filled in.</summary>
    public static IReadOnlyList<(string Path, byte[] Bytes)> Files(DateOnly today)
    {
        var assembly = typeof(InitCommand).Assembly;
        var files = new List<(string, byte[])>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream, new UTF8Encoding(false, throwOnInvalidBytes: true));
            var text = reader.ReadToEnd()
                .Replace("@TOOL_VERSION@", ToolVersion.Text, StringComparison.Ordinal)
                .Replace("@TODAY@", today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
            files.Add((name[Prefix.Length..], new UTF8Encoding(false).GetBytes(text)));
        }
        return files;
    }

    /// <summary>Why the guide may not be written into <paramref name="folder"/>; null when it may (missing, or an empty folder).</summary>
    private static string? Refusal(string folder, string shown)
    {
        var info = new DirectoryInfo(folder);
        if (info.LinkTarget is not null) return $"'{shown}' is a symbolic link; init writes only into a plain folder";
        if (File.Exists(folder)) return $"'{shown}' is a file; init needs a new or empty folder";
        if (info.Exists && info.EnumerateFileSystemInfos().Any())
        {
            return $"'{shown}' is not empty; init writes a new guide only into a new or empty folder, so that nothing is overwritten";
        }
        return null;
    }
}
