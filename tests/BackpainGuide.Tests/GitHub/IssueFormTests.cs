using System.Text.RegularExpressions;
using BackpainGuide.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace BackpainGuide.Tests.GitHub;

/// <summary>
/// The issue forms under .github/ISSUE_TEMPLATE have the shape GitHub's form schema requires (GitHub
/// shows a broken form as no form at all), and dependabot.yml covers NuGet and GitHub Actions.
/// </summary>
public partial class IssueFormTests
{
    private static readonly string Folder = Path.Combine(RepoPaths.Root, ".github", "ISSUE_TEMPLATE");

    private static readonly HashSet<string> Types = ["markdown", "textarea", "input", "dropdown", "checkboxes"];

    [GeneratedRegex("^[a-zA-Z0-9_-]+$")]
    private static partial Regex IdPattern();

    public static TheoryData<string> Forms() =>
        new(Directory.GetFiles(Folder, "*.yml").Select(f => Path.GetFileName(f)!).Where(f => f != "config.yml").Order(StringComparer.Ordinal));

    private static YamlMappingNode Load(string path)
    {
        using var reader = new StreamReader(path);
        var stream = new YamlStream();
        stream.Load(reader);
        return Assert.IsType<YamlMappingNode>(stream.Documents.Single().RootNode);
    }

    private static string? Text(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlScalarNode s ? s.Value : null;

    private static T? Child<T>(YamlMappingNode map, string key) where T : YamlNode =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) ? node as T : null;

    [Fact]
    public void There_are_forms_for_a_wrong_answer_and_for_a_new_question() =>
        Assert.Equal(["answer-wrong.yml", "suggest-question.yml"], Forms().Select(r => (string)r.Data));

    [Theory, MemberData(nameof(Forms))]
    public void The_form_has_the_shape_github_requires(string name)
    {
        var form = Load(Path.Combine(Folder, name));
        Assert.False(string.IsNullOrWhiteSpace(Text(form, "name")), "name");
        Assert.False(string.IsNullOrWhiteSpace(Text(form, "description")), "description");
        Assert.All(form.Children.Keys, k => Assert.Contains(((YamlScalarNode)k).Value, new[] { "name", "description", "title", "labels", "assignees", "projects", "type", "body" }));
        var body = Assert.IsType<YamlSequenceNode>(form.Children[new YamlScalarNode("body")]);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var labels = new HashSet<string>(StringComparer.Ordinal);
        var fields = 0;
        foreach (var item in body.Children.Cast<YamlMappingNode>())
        {
            var type = Text(item, "type");
            Assert.True(type is not null && Types.Contains(type), $"unknown field type '{type}'");
            var attributes = Assert.IsType<YamlMappingNode>(item.Children[new YamlScalarNode("attributes")]);
            if (Text(item, "id") is { } id)
            {
                Assert.Matches(IdPattern(), id);
                Assert.True(ids.Add(id), $"id '{id}' is used twice");
            }
            if (type == "markdown")
            {
                Assert.False(string.IsNullOrWhiteSpace(Text(attributes, "value")), "markdown needs a value");
                continue;
            }
            fields++;
            var label = Text(attributes, "label");
            Assert.False(string.IsNullOrWhiteSpace(label), $"{type} needs a label");
            Assert.True(labels.Add(label!), $"label '{label}' is used twice");
            if (type is "dropdown" or "checkboxes")
            {
                var options = Assert.IsType<YamlSequenceNode>(attributes.Children[new YamlScalarNode("options")]);
                Assert.NotEmpty(options.Children);
                if (type == "checkboxes") Assert.All(options.Children, o => Assert.False(string.IsNullOrWhiteSpace(Text((YamlMappingNode)o, "label"))));
            }
        }
        Assert.True(fields > 0, "a form needs at least one field that is not markdown");
    }

    [Fact]
    public void The_chooser_config_has_valid_contact_links()
    {
        var config = Load(Path.Combine(Folder, "config.yml"));
        Assert.Contains(Text(config, "blank_issues_enabled"), new[] { "true", "false" });
        foreach (var link in Child<YamlSequenceNode>(config, "contact_links")!.Children.Cast<YamlMappingNode>())
        {
            Assert.False(string.IsNullOrWhiteSpace(Text(link, "name")));
            Assert.False(string.IsNullOrWhiteSpace(Text(link, "about")));
            Assert.StartsWith("https://", Text(link, "url"), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Dependabot_updates_nuget_and_github_actions()
    {
        var config = Load(Path.Combine(RepoPaths.Root, ".github", "dependabot.yml"));
        Assert.Equal("2", Text(config, "version"));
        var updates = Child<YamlSequenceNode>(config, "updates")!.Children.Cast<YamlMappingNode>().ToList();
        Assert.Equal(["github-actions", "nuget"], updates.Select(u => Text(u, "package-ecosystem")).Order(StringComparer.Ordinal));
        Assert.All(updates, u => Assert.NotNull(Text(Child<YamlMappingNode>(u, "schedule")!, "interval")));
    }
}
