namespace BackpainGuide.Serve;

/// <summary>The preview's reload script (Serve/reload.js, embedded): served by serve only, never part of a build.</summary>
public static class ReloadScript
{
    public static readonly byte[] Bytes = Read();

    private static byte[] Read()
    {
        using var stream = typeof(ReloadScript).Assembly.GetManifestResourceStream("reload.js")
            ?? throw new InvalidOperationException("reload.js is not embedded");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
