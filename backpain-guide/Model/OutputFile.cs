namespace BackpainGuide.Model;

/// <summary>
/// A file of the built site: its path inside the output folder ('/'-separated) and how to make its
/// bytes. Content is produced on demand so the writer can render and write in parallel without
/// holding the whole site in memory.
/// </summary>
public sealed record OutputFile(string Path, Func<byte[]> Content);
