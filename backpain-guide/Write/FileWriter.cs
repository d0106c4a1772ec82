using System.Runtime.InteropServices;

namespace BackpainGuide.Write;

/// <summary>
/// Writes and deletes the files of a new output folder with as few system calls as the kernel
/// allows. On Linux a file is open, write and close: <see cref="File.WriteAllBytes(string, byte[])"/>
/// adds an advisory lock (FileShare emulation), fstat, fstatfs, lseek and ftruncate to each
/// file, five more calls for each of the 40,000 files of a 10,000-question site, where nobody
/// else can see the folder yet. Elsewhere, and for anything unusual, the base library's calls.
/// </summary>
internal static partial class FileWriter
{
    private const int OWronly = 0x1, OCreat = 0x40, OExcl = 0x80, OCloexec = 0x80000;
    private const int EIntr = 4, ENoent = 2, EExist = 17;

    /// <summary>Creates <paramref name="path"/>, which must not exist yet, holding <paramref name="bytes"/>.</summary>
    public static void WriteNew(string path, ReadOnlySpan<byte> bytes)
    {
        if (!OperatingSystem.IsLinux())
        {
            using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.None);
            stream.Write(bytes);
            return;
        }
        // O_EXCL: the folder is fresh, so an existing file (or a link planted there) is a bug to report, not to follow.
        var fd = Retry(() => Native.open(path, OWronly | OCreat | OExcl | OCloexec, Convert.ToInt32("644", 8)));
        if (fd < 0) throw Error("create", path);
        try
        {
            while (!bytes.IsEmpty)
            {
                nint written;
                unsafe
                {
                    fixed (byte* p = bytes) written = Native.write(fd, p, bytes.Length);
                }
                if (written < 0)
                {
                    if (Marshal.GetLastPInvokeError() == EIntr) continue;
                    throw Error("write", path);
                }
                bytes = bytes[(int)written..];
            }
        }
        finally
        {
            Native.close(fd);
        }
    }

    /// <summary>Creates <paramref name="path"/>, which must not exist yet, with what <paramref name="write"/> writes to it (a big file, buffered).</summary>
    public static void WriteNew(string path, Action<Stream> write)
    {
        using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, FileOptions.None);
        write(stream);
    }

    /// <summary>
    /// Creates a folder and any missing parents: one mkdir for each new folder, where
    /// <see cref="Directory.CreateDirectory(string)"/> first looks at the path and then at
    /// each parent (200,000 folders at 100,000 questions).
    /// </summary>
    public static void CreateFolder(string path)
    {
        if (!OperatingSystem.IsLinux())
        {
            Directory.CreateDirectory(path);
            return;
        }
        if (MakeFolder(path)) return;
        if (Marshal.GetLastPInvokeError() != ENoent || Path.GetDirectoryName(path) is not { } parent) throw Error("create folder", path);
        CreateFolder(parent);
        if (!MakeFolder(path)) throw Error("create folder", path);
    }

    /// <summary>One mkdir; true when the folder is there afterwards (made now, or already a folder).</summary>
    private static bool MakeFolder(string path) =>
        Retry(() => Native.mkdir(path, Convert.ToInt32("755", 8))) == 0
        || (Marshal.GetLastPInvokeError() == EExist && Directory.Exists(path));

    /// <summary>
    /// Deletes a folder and everything in it, its biggest parts in parallel: a build's previous
    /// output is tens of thousands of files, and unlinking them one by one on one core was the
    /// last second of a 10,000-question build.
    /// </summary>
    public static void DeleteTree(string root)
    {
        if (!Directory.Exists(root)) return;
        // The folders two levels down (questions/<slug>, embed/questions, ...) are independent.
        // Links are left to Directory.Delete, which removes a link and never what it points to.
        var parts = Folders(root).SelectMany(Folders).ToList();
        Parallel.ForEach(parts, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
            part => Directory.Delete(part, recursive: true));
        Directory.Delete(root, recursive: true);
    }

    private static IEnumerable<string> Folders(string dir) =>
        new System.IO.Enumeration.FileSystemEnumerable<string>(dir, (ref System.IO.Enumeration.FileSystemEntry e) => e.ToFullPath())
        {
            ShouldIncludePredicate = (ref System.IO.Enumeration.FileSystemEntry e) =>
                e.IsDirectory && (e.Attributes & FileAttributes.ReparsePoint) == 0,
        };

    private static int Retry(Func<int> call)
    {
        while (true)
        {
            var result = call();
            if (result >= 0 || Marshal.GetLastPInvokeError() != EIntr) return result;
        }
    }

    private static IOException Error(string what, string path)
    {
        var errno = Marshal.GetLastPInvokeError();
        return new IOException($"cannot {what} '{path}': {Marshal.GetPInvokeErrorMessage(errno)}", errno);
    }

    private static unsafe partial class Native
    {
        [LibraryImport("libc", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
        internal static partial int open(string path, int flags, int mode);

        [LibraryImport("libc", SetLastError = true)]
        internal static partial nint write(int fd, byte* buffer, nint count);

        [LibraryImport("libc", SetLastError = true)]
        internal static partial int close(int fd);

        [LibraryImport("libc", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
        internal static partial int mkdir(string path, int mode);
    }
}
