namespace BackpainGuide.Load;

/// <summary>An input file: where it is, and the path diagnostics show for it.</summary>
public sealed record InputFile(string FullPath, string DisplayPath)
{
    public string Stem => Path.GetFileNameWithoutExtension(FullPath);
}
