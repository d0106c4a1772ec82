using BackpainGuide.Build;

namespace BackpainGuide.Tests.Support;

/// <summary>
/// A whole small site written inline into a temporary folder (Hugo's integration-test style):
/// site.yml and tags.yml by default, plus the files a test adds. Disposed with its folder.
/// </summary>
public sealed class TestSite : IDisposable
{
    public const string SiteYml = """
        title: "Test guide"
        description: "A guide for tests."
        base_url: "https://example.org/guide/"
        language: "en"
        repository: "https://github.com/example/guide"
        branch: "main"
        disclaimer: "Information, not a diagnosis."
        """;

    public const string TagsYml = """
        - name: cause
          title: "Causes"
          description: "Why it happens."
        - name: remedy
          title: "Remedies"
          description: "What helps."
        - name: red-flag
          title: "Red flags"
          description: "When to see a doctor."
        """;

    public TestSite()
    {
        Root = Path.Combine(Path.GetTempPath(), "bg-test-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Path.Combine(Root, "input", "questions"));
        Write("input/site.yml", SiteYml);
        Write("input/tags.yml", TagsYml);
    }

    public string Root { get; }

    public string Input => Path.Combine(Root, "input");

    public string Output => Path.Combine(Root, "output");

    public TestSite Write(string relative, string text)
    {
        var path = Path.Combine(Root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return this;
    }

    /// <summary>
    /// Adds a valid question; the body and front matter can be overridden. Tagged red-flag by
    /// default, so that the urgent-help link of a small site has somewhere to go.
    /// </summary>
    public TestSite Question(string slug, string title, string body = "An answer.\n", string tags = "[cause, red-flag]",
        string related = "[]", string? extra = null)
    {
        return Write($"input/questions/{slug}.md", $"""
            ---
            title: "{title}"
            summary: "Summary of {slug}."
            tags: {tags}
            related: {related}
            reviewed: 2026-11-20
            sources:
              - title: "A source"
                url: "https://example.org/source"
            {extra ?? ""}
            ---
            {body}
            """);
    }

    public BuildResult Build(string? baseUrl = null, bool write = true, string? output = null) =>
        SitePipeline.Run(new BuildOptions(Input, output ?? Output, Paths.Theme, Root, baseUrl, write));

    public string ReadOutput(string relative) => File.ReadAllText(Path.Combine(Output, relative));

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
