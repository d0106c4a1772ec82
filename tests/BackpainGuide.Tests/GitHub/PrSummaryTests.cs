using BackpainGuide.Tests.Support;

namespace BackpainGuide.Tests.GitHub;

/// <summary>
/// .ci/pr-summary, run by ci.yml on pull requests, lists the questions a branch adds, changes and
/// removes against its base, with links into the preview artifact, in a real git repository.
/// </summary>
public class PrSummaryTests
{
    private static readonly string Script = Path.Combine(RepoPaths.Root, ".ci", "pr-summary");

    private static string Git(string repo, params string[] args)
    {
        var result = Tool.Run("git", ["-c", "user.name=t", "-c", "user.email=t@example.org", "-c", "commit.gpgsign=false", .. args], repo);
        Assert.True(result.ExitCode == 0, $"git {string.Join(' ', args)}: {result.Stderr}");
        return result.Stdout.Trim();
    }

    private static void Write(string repo, string relative, string text)
    {
        var path = Path.Combine(repo, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    private static ToolResult Summary(string repo, string @base, string artifact) => Tool.Run("bash", [Script, @base, artifact], repo);

    [Fact]
    public void Lists_added_changed_and_removed_questions_with_links_into_the_preview()
    {
        using var temp = new TempFolder();
        var repo = temp.Path;
        Git(repo, "init", "-q", "-b", "main");
        Write(repo, "input/questions/kept.md", "a\n");
        Write(repo, "input/questions/edited.md", "a\n");
        Write(repo, "input/questions/dropped.md", "a\n");
        Write(repo, "input/pages/about.md", "a\n");
        Git(repo, "add", "-A");
        Git(repo, "commit", "-q", "-m", "base");
        var @base = Git(repo, "rev-parse", "HEAD");

        Write(repo, "input/questions/edited.md", "b\n");
        Write(repo, "input/questions/why-does-my-back-hurt-after-hills.md", "new\n");
        Write(repo, "input/questions/Bad<b>name.md", "new\n");
        Write(repo, "input/pages/about.md", "b\n");
        Write(repo, "README.md", "b\n");
        File.Delete(Path.Combine(repo, "input/questions/dropped.md"));
        Git(repo, "add", "-A");
        Git(repo, "commit", "-q", "-m", "change");

        var result = Summary(repo, @base, "https://github.com/o/r/actions/runs/1/artifacts/2");

        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Equal(
            """
            ### Questions in this pull request

            Preview: [download the built site](https://github.com/o/r/actions/runs/1/artifacts/2) (`site-preview`), unzip it, run
            `python3 -m http.server 8000` in the unzipped folder, then open the links below.

            | question | change | page in the preview |
            | --- | --- | --- |
            | `?ad?b?name` | added | [questions/?ad?b?name/](http://localhost:8000/questions/?ad?b?name/) |
            | `dropped` | removed | |
            | `edited` | changed | [questions/edited/](http://localhost:8000/questions/edited/) |
            | `why-does-my-back-hurt-after-hills` | added | [questions/why-does-my-back-hurt-after-hills/](http://localhost:8000/questions/why-does-my-back-hurt-after-hills/) |

            """.Replace("\r\n", "\n", StringComparison.Ordinal),
            result.Stdout);
    }

    [Fact]
    public void Says_so_when_no_question_changed()
    {
        using var temp = new TempFolder();
        var repo = temp.Path;
        Git(repo, "init", "-q", "-b", "main");
        Write(repo, "input/questions/kept.md", "a\n");
        Git(repo, "add", "-A");
        Git(repo, "commit", "-q", "-m", "base");
        var @base = Git(repo, "rev-parse", "HEAD");
        Write(repo, "README.md", "b\n");
        Git(repo, "add", "-A");
        Git(repo, "commit", "-q", "-m", "docs");

        var result = Summary(repo, @base, "");

        Assert.Equal("### Questions in this pull request\n\nThis pull request adds or changes no question.\n", result.Stdout);
    }
}
