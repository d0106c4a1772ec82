using System.Diagnostics;
using System.IO.Compression;
using System.Xml.Linq;
using BackpainGuide.Tests.GitHub;
using BackpainGuide.Tests.Support;

namespace BackpainGuide.Tests.Packaging;

/// <summary>
/// The tool as a user gets it: packed by .ci/pack, installed with `dotnet tool install` from that
/// folder only, run as the installed `backpain-guide` command.
/// </summary>
public class InstalledToolTests
{
    private static readonly string Version =
        XDocument.Load(Path.Combine(Paths.RepoRoot, "backpain-guide", "BackpainGuide.csproj")).Descendants("Version").Single().Value;

    private static InstalledTool Installed()
    {
        var tool = InstalledTool.Get();
        var sizes = string.Join(", ", Directory.GetFiles(tool.Packages, "*.nupkg").Order(StringComparer.Ordinal)
            .Select(p => $"{Path.GetFileName(p)} {new FileInfo(p).Length:N0} bytes"));
        TestContext.Current.TestOutputHelper?.WriteLine($"pack {tool.PackTime.TotalSeconds:F0} s, install {tool.InstallTime.TotalSeconds:F1} s; {sizes}");
        return tool;
    }

    [Fact]
    public void The_pack_folder_holds_the_tool_package_the_native_linux_x64_package_and_the_framework_dependent_fallback()
    {
        var tool = Installed();
        var names = Directory.GetFiles(tool.Packages, "*.nupkg").Select(p => Path.GetFileName(p)!).Order(StringComparer.Ordinal);
        Assert.Equal([$"backpain-guide.{Version}.nupkg", $"backpain-guide.any.{Version}.nupkg", $"backpain-guide.linux-x64.{Version}.nupkg"], names);
        using var pointer = ZipFile.OpenRead(Path.Combine(tool.Packages, $"backpain-guide.{Version}.nupkg"));
        var settings = pointer.Entries.Single(e => e.Name == "DotnetToolSettings.xml");
        using var reader = new StreamReader(settings.Open());
        var xml = XDocument.Parse(reader.ReadToEnd());
        Assert.Equal("backpain-guide", xml.Descendants("Command").Single().Attribute("Name")!.Value);
        Assert.Equal(["any", "linux-x64"], xml.Descendants("RuntimeIdentifierPackage").Select(e => e.Attribute("RuntimeIdentifier")!.Value).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_installed_command_prints_the_projects_version()
    {
        var tool = Installed();
        var result = tool.Run(tool.Root, "--version");
        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Equal($"backpain-guide {Version}\n", result.Stdout);
    }

    [Fact]
    public void On_linux_x64_the_installed_command_is_the_native_binary_and_runs_without_the_dotnet_host()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux() && System.Runtime.InteropServices.RuntimeInformation.OSArchitecture == System.Runtime.InteropServices.Architecture.X64,
            "the native package is for linux-x64");
        var tool = Installed();
        var binary = new FileInfo(tool.Command).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? tool.Command;
        var header = new byte[20];
        using (var file = File.OpenRead(binary)) file.ReadExactly(header);
        Assert.Equal([0x7F, (byte)'E', (byte)'L', (byte)'F'], header[..4]);
        Assert.Equal(62, BitConverter.ToUInt16(header, 18)); // e_machine: x86-64
        Assert.False(File.Exists(Path.Combine(Path.GetDirectoryName(binary)!, "BackpainGuide.dll")), $"a managed assembly beside {binary}");

        // While it runs, the process is the binary itself: no dotnet host, no CoreCLR loaded.
        using var temp = new TempFolder();
        Assert.Equal(0, tool.Run(temp.Path, "init", "--quiet", "guide").ExitCode);
        var start = new ProcessStartInfo(tool.Command, ["serve", "--port", "0"])
        {
            WorkingDirectory = temp["guide"],
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var serve = Process.Start(start)!;
        try
        {
            var line = "";
            var deadline = DateTime.UtcNow.AddMinutes(1);
            while (!line.StartsWith("serving ", StringComparison.Ordinal) && DateTime.UtcNow < deadline)
            {
                line = serve.StandardError.ReadLine() ?? throw new InvalidOperationException("serve ended early");
            }
            Assert.StartsWith("serving ", line, StringComparison.Ordinal);
            var exe = File.ResolveLinkTarget($"/proc/{serve.Id}/exe", returnFinalTarget: false)!.FullName;
            Assert.Equal(binary, exe);
            var maps = File.ReadAllText($"/proc/{serve.Id}/maps");
            Assert.DoesNotContain("libcoreclr", maps, StringComparison.Ordinal);
            Assert.DoesNotContain("libhostfxr", maps, StringComparison.Ordinal);
        }
        finally
        {
            serve.Kill(entireProcessTree: true);
            serve.WaitForExit();
        }
    }

    [Fact]
    public void The_installed_command_inits_a_new_guide_that_checks_and_builds_into_a_sound_site()
    {
        var tool = Installed();
        using var temp = new TempFolder();
        var init = tool.Run(temp.Path, "init", "knee-guide");
        Assert.True(init.ExitCode == 0, init.Stderr);
        var guide = temp["knee-guide"];

        var check = tool.Run(guide, "check");
        Assert.True(check.ExitCode == 0, check.Stdout + check.Stderr);
        Assert.DoesNotContain(" error ", check.Stdout, StringComparison.Ordinal);
        var build = tool.Run(guide, "build");
        Assert.True(build.ExitCode == 0, build.Stdout + build.Stderr);
        Assert.Contains("built 1 questions", build.Stderr, StringComparison.Ordinal);

        var site = new BuiltSite(Path.Combine(guide, "output"), "/my-guide/");
        SiteStructure.AssertAll(site, "https://example.org/my-guide/", "en", "/my-guide/questions/when-should-i-get-urgent-help/");
        Assert.True(site.Pages.ContainsKey("about/index.html"));

        // A second init into the same, now full, folder is refused and changes nothing.
        var again = tool.Run(temp.Path, "init", "knee-guide");
        Assert.Equal(2, again.ExitCode);
        Assert.Contains("is not empty", again.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void The_installed_command_takes_one_template_and_one_stylesheet_from_the_guides_theme_and_the_rest_built_in()
    {
        var tool = Installed();
        using var temp = new TempFolder();
        Assert.Equal(0, tool.Run(temp.Path, "init", "--quiet", "guide").ExitCode);
        var guide = temp["guide"];
        var question = File.ReadAllText(Path.Combine(Paths.Theme, "templates", "question.sbn"))
            .Replace("<h1", "<p class=\"own-template\">Our own question template</p>\n<h1", StringComparison.Ordinal);
        Directory.CreateDirectory(Path.Combine(guide, "theme", "templates"));
        Directory.CreateDirectory(Path.Combine(guide, "theme", "assets"));
        File.WriteAllText(Path.Combine(guide, "theme", "templates", "question.sbn"), question);
        File.WriteAllText(Path.Combine(guide, "theme", "assets", "site.css"), "body { color: #123456; }\n");

        var build = tool.Run(guide, "build", "--quiet");
        Assert.True(build.ExitCode == 0, build.Stdout + build.Stderr);

        string Output(string path) => File.ReadAllText(Path.Combine(guide, "output", path));
        Assert.Contains("Our own question template", Output("questions/when-should-i-get-urgent-help/index.html"), StringComparison.Ordinal);
        Assert.Equal("body { color: #123456; }\n", Output("assets/site.css"));
        Assert.DoesNotContain("own-template", Output("tags/red-flag/index.html"), StringComparison.Ordinal);
        Assert.Equal(File.ReadAllText(Path.Combine(Paths.Theme, "assets", "search.js")), Output("assets/search.js"));
        Assert.Equal(File.ReadAllText(Path.Combine(Paths.Theme, "embed", "embed.js")), Output("embed.js"));
    }

    [Fact]
    public void The_framework_dependent_fallback_package_runs_with_the_dotnet_host()
    {
        var tool = Installed();
        using var temp = new TempFolder();
        ZipFile.ExtractToDirectory(Path.Combine(tool.Packages, $"backpain-guide.any.{Version}.nupkg"), temp.Path);
        var dll = Directory.GetFiles(temp.Path, "BackpainGuide.dll", SearchOption.AllDirectories).Single();
        var result = Tool.Run("dotnet", [dll, "--version"], temp.Path);
        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Equal($"backpain-guide {Version}\n", result.Stdout);
    }
}
