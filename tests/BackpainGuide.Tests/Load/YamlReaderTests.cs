using BackpainGuide.Diagnostics;
using BackpainGuide.Load.Yaml;

namespace BackpainGuide.Tests.Load;

public class YamlReaderTests
{
    [Fact]
    public void Positions_count_from_the_top_of_the_file()
    {
        var root = Assert.IsType<YamlMapping>(YamlReader.Read("title: x\ntags: [a, b]\n", "f.md", 2, new DiagnosticBag()));
        var tags = Assert.IsType<YamlSequence>(root.Entries[1].Value);
        var b = Assert.IsType<YamlScalar>(tags.Items[1]);
        Assert.Equal(("b", 3, 11), (b.Value, b.Line, b.Column));
    }

    [Theory]
    [InlineData("a: &x [1]\nb: *x\n", Codes.YamlAlias, 2, 4)]
    [InlineData("a: !!binary aGk=\n", Codes.YamlAlias, 2, 4)]
    [InlineData("a: [1\n", Codes.MalformedYaml, 3, 1)]
    [InlineData("a: 1\na: 2\n", Codes.MalformedYaml, 3, 1)]
    [InlineData("a: [[[[[[[[[[1]]]]]]]]]]\n", Codes.TooDeep, 2, 11)]
    public void Unsafe_or_broken_yaml_is_reported_not_thrown(string yaml, string code, int line, int column)
    {
        var bag = new DiagnosticBag();
        Assert.Null(YamlReader.Read(yaml, "f.md", 2, bag));
        var d = Assert.Single(bag.Sorted());
        Assert.Equal((code, line, column), (d.Code, d.Line, d.Column));
    }

    [Fact]
    public void Billion_laughs_is_refused_without_expanding()
    {
        var yaml = "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n";
        var bag = new DiagnosticBag();
        Assert.Null(YamlReader.Read(yaml, "f.md", 1, bag));
        Assert.Equal(Codes.YamlAlias, Assert.Single(bag.Sorted()).Code);
    }

    [Fact]
    public void Empty_document_is_an_empty_mapping()
    {
        Assert.Empty(Assert.IsType<YamlMapping>(YamlReader.Read("", "f.md", 2, new DiagnosticBag())).Entries);
    }
}
