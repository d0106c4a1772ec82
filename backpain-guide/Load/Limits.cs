namespace BackpainGuide.Load;

/// <summary>
/// Resource limits for untrusted input. Each is far above what a real page needs and low enough
/// that a hostile file gets a clear error instead of a hang or a crash. Documented in the README.
/// </summary>
public static class Limits
{
    /// <summary>Largest content or settings file, in bytes.</summary>
    public const int MaxFileBytes = 1024 * 1024;

    /// <summary>Largest theme asset (CSS, scripts, images), in bytes.</summary>
    public const int MaxAssetBytes = 8 * 1024 * 1024;

    /// <summary>Longest line, in characters.</summary>
    public const int MaxLineLength = 20_000;

    /// <summary>Deepest nesting of YAML collections in front matter or settings.</summary>
    public const int MaxYamlDepth = 8;

    /// <summary>Most YAML nodes in one file.</summary>
    public const int MaxYamlNodes = 20_000;

    /// <summary>Deepest nesting of Markdown blocks (quotes and lists) and inlines (emphasis, links).</summary>
    public const int MaxMarkdownDepth = 32;
}
