using BackpainGuide.Diagnostics;
using BackpainGuide.Load;
using BackpainGuide.Tests.Support;

namespace BackpainGuide.Tests.Load;

/// <summary>Only regular files are read: devices and FIFOs look like files to .NET, and a link can point anywhere.</summary>
public class FileKindTests
{
    [Theory]
    [InlineData("/dev/null", EntryKind.Special)]
    [InlineData("/dev/zero", EntryKind.Special)]
    [InlineData("/proc/self", EntryKind.SymbolicLink)]
    [InlineData("/etc/passwd", EntryKind.File)]
    [InlineData("/etc", EntryKind.Folder)]
    [InlineData("/no/such/file", EntryKind.Missing)]
    public void Entries_are_told_apart_without_following_links(string path, EntryKind kind) => Assert.Equal(kind, FileKind.Of(path));

    [Fact]
    public void Reading_a_device_is_refused_with_a_position_instead_of_reading_it_for_ever()
    {
        var bag = new DiagnosticBag();
        Assert.Null(InputFolder.ReadText(new InputFile("/dev/zero", "input/site.yml"), bag));
        Assert.Equal("input/site.yml:1:1: error BG026: this is a FIFO, socket or device, not a regular file: it is not read",
            Assert.Single(bag.Sorted()).ToString());
    }

    [Fact]
    public void A_build_with_a_symlinked_asset_fails_and_publishes_nothing()
    {
        using var temp = new TempFolder();
        var input = Fixtures.CopyInput("valid", "minimal", temp);
        FileTree.Copy(Paths.Theme, temp["theme"]);
        File.CreateSymbolicLink(temp["theme/assets/env.css"], "/proc/self/environ");

        var result = GuideCli.Run("build", "--quiet", "--input", input, "--output", temp["output"]);

        Assert.Equal(1, result.ExitCode);
        Assert.False(Directory.Exists(temp["output"]));
    }
}
