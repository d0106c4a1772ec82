using System.Runtime.InteropServices;

namespace BackpainGuide.Load;

/// <summary>What a directory entry is, read without following symbolic links.</summary>
public enum EntryKind
{
    Missing,
    File,
    Folder,
    SymbolicLink,

    /// <summary>A FIFO, socket or device: opening one can hang the build or read the machine's state.</summary>
    Special,
}

/// <summary>
/// Tells regular files from symbolic links, FIFOs and devices before anything is opened: .NET
/// reports all of them as plain files, and opening a FIFO blocks until something writes to it.
/// On Linux the file type comes from statx (a layout that is the same on every architecture);
/// elsewhere from what .NET offers, which tells links apart but not FIFOs.
/// </summary>
public static partial class FileKind
{
    public static EntryKind Of(string path)
    {
        if (OperatingSystem.IsLinux() && StatxMode(path) is { } mode)
        {
            return (mode & TypeMask) switch
            {
                0 => EntryKind.Missing,
                RegularFile => EntryKind.File,
                Directory => EntryKind.Folder,
                Link => EntryKind.SymbolicLink,
                _ => EntryKind.Special,
            };
        }
        FileSystemInfo info = System.IO.Directory.Exists(path) ? new DirectoryInfo(path) : new FileInfo(path);
        if (info.LinkTarget is not null) return EntryKind.SymbolicLink;
        if (!info.Exists) return EntryKind.Missing;
        if (info.Attributes.HasFlag(FileAttributes.Device)) return EntryKind.Special;
        return info is DirectoryInfo ? EntryKind.Folder : EntryKind.File;
    }

    private const int TypeMask = 0xF000;
    private const int RegularFile = 0x8000;
    private const int Directory = 0x4000;
    private const int Link = 0xA000;

    /// <summary>The st_mode of the entry itself (not a link's target); 0 when it does not exist; null when statx is unavailable.</summary>
    private static int? StatxMode(string path)
    {
        var buffer = new byte[256];
        try
        {
            if (NativeMethods.statx(AtCwd, path, AtSymlinkNoFollow, StatxType, buffer) == 0) return BitConverter.ToUInt16(buffer, ModeOffset);
            return Marshal.GetLastPInvokeError() is NoEntry or NotDirectory ? 0 : null;
        }
        catch (EntryPointNotFoundException)
        {
            return null;
        }
        catch (DllNotFoundException)
        {
            return null;
        }
    }

    private const int AtCwd = -100;
    private const int AtSymlinkNoFollow = 0x100;
    private const uint StatxType = 0x1;
    private const int ModeOffset = 28;
    private const int NoEntry = 2;
    private const int NotDirectory = 20;

    private static partial class NativeMethods
    {
        [LibraryImport("libc", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
        internal static partial int statx(int dirfd, string pathname, int flags, uint mask, byte[] statxbuf);
    }
}
