using BackpainGuide.Write;

namespace BackpainGuide.Tests.Write;

public class OutputFolderResolveTests
{
    [Theory]
    [InlineData("")]
    [InlineData("..")]
    [InlineData("../x.html")]
    [InlineData("a/../../x.html")]
    [InlineData("a/./b.html")]
    [InlineData("./a.html")]
    [InlineData("a//b.html")]
    [InlineData("a/")]
    [InlineData("/etc/passwd")]
    [InlineData("a\\..\\..\\x.html")]
    [InlineData("a/..")]
    [InlineData("a/.")]
    [InlineData("a/b/../../../x.html")]
    [InlineData("a\0b.html")]
    public void Refuses_paths_that_are_not_plain_and_relative(string relative) =>
        Assert.Throws<InvalidOperationException>(() => OutputFolder.Resolve("/tmp/site/output", relative));

    [Theory]
    [InlineData("index.html", "/tmp/site/output/index.html")]
    [InlineData("questions/a-b/index.html", "/tmp/site/output/questions/a-b/index.html")]
    [InlineData("..x/y..html", "/tmp/site/output/..x/y..html")]
    [InlineData(".well-known/x.txt", "/tmp/site/output/.well-known/x.txt")]
    public void Resolves_plain_relative_paths_inside_the_folder(string relative, string expected) =>
        Assert.Equal(expected, OutputFolder.Resolve("/tmp/site/output", relative));

    [Fact]
    public void A_folder_with_a_trailing_separator_gives_the_same_path() =>
        Assert.Equal("/tmp/site/output/a/index.html", OutputFolder.Resolve("/tmp/site/output/", "a/index.html"));
}
