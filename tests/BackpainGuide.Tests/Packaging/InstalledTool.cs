using System.Diagnostics;
using BackpainGuide.Tests.GitHub;
using BackpainGuide.Tests.Support;

namespace BackpainGuide.Tests.Packaging;

/// <summary>
/// The generator packed as a .NET tool by .ci/pack and installed from that folder alone, once per
/// test run (the Native AOT pack takes minutes). The sources are copied first (without bin/ and
/// obj/), so packing never touches the build the tests run from; the install uses a NuGet config
/// whose only source is the package folder and an empty package cache, so it is offline and can
/// never pick up an older package of the same version.
/// </summary>
internal sealed class InstalledTool
{
    private static readonly Lazy<InstalledTool> Once = new(PackAndInstall, LazyThreadSafetyMode.ExecutionAndPublication);

    private InstalledTool(string root, TimeSpan packTime, TimeSpan installTime)
    {
        Root = root;
        PackTime = packTime;
        InstallTime = installTime;
    }

    public static InstalledTool Get() => Once.Value;

    public string Root { get; }

    public string Packages => Path.Combine(Root, "packages");

    public string ToolPath => Path.Combine(Root, "tools");

    /// <summary>The command as installed: what `backpain-guide` on the PATH would run.</summary>
    public string Command => Path.Combine(ToolPath, "backpain-guide");

    public TimeSpan PackTime { get; }

    public TimeSpan InstallTime { get; }

    public ToolResult Run(string workingDirectory, params string[] args) =>
        Tool.Run(Command, args, workingDirectory, TimeSpan.FromMinutes(2));

    private static InstalledTool PackAndInstall()
    {
        var root = Path.Combine(Path.GetTempPath(), "bg-tool-" + Guid.NewGuid().ToString("N")[..12]);
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                Directory.Delete(root, recursive: true);
            }
            catch (IOException)
            {
            }
        };
        var source = Path.Combine(root, "source");
        CopySources(Paths.RepoRoot, source);

        var watch = Stopwatch.StartNew();
        var pack = Tool.Run("bash", [Path.Combine(source, ".ci", "pack"), Path.Combine(root, "packages")], source, TimeSpan.FromMinutes(30));
        Assert.True(pack.ExitCode == 0, "pack failed:\n" + pack.Stdout + pack.Stderr);
        var packTime = watch.Elapsed;

        File.WriteAllText(Path.Combine(root, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{Path.Combine(root, "packages")}" />
              </packageSources>
            </configuration>
            """);
        watch.Restart();
        var start = new ProcessStartInfo("dotnet", ["tool", "install", "backpain-guide", "--tool-path", Path.Combine(root, "tools"),
            "--configfile", Path.Combine(root, "nuget.config")])
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["NUGET_PACKAGES"] = Path.Combine(root, "nuget-cache");
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        using (var install = Process.Start(start)!)
        {
            var stdout = install.StandardOutput.ReadToEndAsync();
            var stderr = install.StandardError.ReadToEndAsync();
            Assert.True(install.WaitForExit(TimeSpan.FromMinutes(5)), "dotnet tool install did not finish");
            Assert.True(install.ExitCode == 0, "install failed:\n" + stdout.Result + stderr.Result);
        }
        return new InstalledTool(root, packTime, watch.Elapsed);
    }

    /// <summary>What packing reads: the project, the theme it embeds, the build settings and the script.</summary>
    private static void CopySources(string repo, string to)
    {
        foreach (var file in new[] { "Directory.Build.props", "Directory.Packages.props", "global.json", ".ci/pack" })
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(to, file))!);
            File.Copy(Path.Combine(repo, file), Path.Combine(to, file));
        }
        foreach (var folder in new[] { "backpain-guide", "theme" })
        {
            foreach (var file in Directory.EnumerateFiles(Path.Combine(repo, folder), "*", SearchOption.AllDirectories))
            {
                var relative = Path.GetRelativePath(repo, file);
                var parts = relative.Split(Path.DirectorySeparatorChar);
                if (parts.Contains("bin") || parts.Contains("obj")) continue;
                Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(to, relative))!);
                File.Copy(file, Path.Combine(to, relative));
            }
        }
    }
}
