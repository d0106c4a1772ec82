using BackpainGuide.Write;

namespace BackpainGuide.Tests.Write;

/// <summary>The writer's own file calls: a new file gets exactly its bytes, nothing existing is written through, and deleting a tree never follows a link out of it.</summary>
public sealed class FileWriterTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("bg-writer-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Fact]
    public void A_new_file_holds_exactly_the_bytes_given_even_when_large()
    {
        var bytes = new byte[3_000_001];
        new Random(7).NextBytes(bytes);
        var path = Path.Combine(root, "big.bin");
        FileWriter.WriteNew(path, bytes);
        Assert.Equal(bytes, File.ReadAllBytes(path));
        FileWriter.WriteNew(Path.Combine(root, "empty"), []);
        Assert.Empty(File.ReadAllBytes(Path.Combine(root, "empty")));
    }

    [Fact]
    public void An_existing_file_or_a_link_in_its_place_is_an_error_and_is_not_written_through()
    {
        var existing = Path.Combine(root, "existing.html");
        File.WriteAllText(existing, "old");
        Assert.Throws<IOException>(() => FileWriter.WriteNew(existing, "new"u8));
        Assert.Equal("old", File.ReadAllText(existing));

        var outside = Path.Combine(root, "outside.txt");
        File.WriteAllText(outside, "keep");
        var link = Path.Combine(root, "link.html");
        File.CreateSymbolicLink(link, outside);
        Assert.Throws<IOException>(() => FileWriter.WriteNew(link, "new"u8));
        Assert.Equal("keep", File.ReadAllText(outside));
    }

    [Fact]
    public void Deleting_a_tree_removes_every_level_and_leaves_what_a_link_inside_points_to()
    {
        var tree = Path.Combine(root, "tree");
        var keep = Path.Combine(root, "keep");
        Directory.CreateDirectory(keep);
        File.WriteAllText(Path.Combine(keep, "file.txt"), "keep");
        for (var i = 0; i < 30; i++)
        {
            var dir = Directory.CreateDirectory(Path.Combine(tree, $"top-{i % 3}", $"part-{i}", "deeper")).FullName;
            File.WriteAllText(Path.Combine(dir, "index.html"), "x");
        }
        File.WriteAllText(Path.Combine(tree, "top.txt"), "x");
        Directory.CreateSymbolicLink(Path.Combine(tree, "top-0", "link"), keep);
        Directory.CreateSymbolicLink(Path.Combine(tree, "link-top"), keep);

        FileWriter.DeleteTree(tree);

        Assert.False(Directory.Exists(tree));
        Assert.Equal("keep", File.ReadAllText(Path.Combine(keep, "file.txt")));
        FileWriter.DeleteTree(tree); // already gone: nothing to do
    }

    [Fact]
    public void A_folder_is_made_with_its_missing_parents_an_existing_one_is_fine_and_a_file_in_the_way_is_an_error()
    {
        var deep = Path.Combine(root, "a", "b", "c");
        FileWriter.CreateFolder(deep);
        Assert.True(Directory.Exists(deep));
        FileWriter.CreateFolder(deep);
        File.WriteAllText(Path.Combine(root, "file"), "x");
        Assert.Throws<IOException>(() => FileWriter.CreateFolder(Path.Combine(root, "file")));
        Assert.Throws<IOException>(() => FileWriter.CreateFolder(Path.Combine(root, "file", "below")));
    }
}
