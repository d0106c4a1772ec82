using System.Reflection;

namespace BackpainGuide.Cli;

/// <summary>
/// The program's version, from the project's &lt;Version&gt; (the project file leaves the commit
/// out of it, so the same version prints the same text on every machine).
/// </summary>
public static class ToolVersion
{
    public static string Text { get; } =
        typeof(ToolVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(ToolVersion).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";
}
