using BackpainGuide.Diagnostics;

namespace BackpainGuide.Load;

/// <summary>
/// Turns the bytes of an input file into text, or into diagnostics. Strict UTF-8 (a bad byte is
/// reported where it is), a leading BOM dropped and CRLF or CR line ends folded to LF, so that
/// every later stage sees one kind of text whatever editor wrote the file.
/// </summary>
public static class SourceText
{
    public static string? Decode(ReadOnlySpan<byte> bytes, string path, DiagnosticBag diagnostics)
    {
        if (bytes.Length > Limits.MaxFileBytes)
        {
            diagnostics.Add(Diagnostic.Error(Codes.FileTooLarge, path, 1, 1,
                $"file is {bytes.Length:N0} bytes; the limit is {Limits.MaxFileBytes:N0} bytes"));
            return null;
        }

        var nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
        {
            var (line, column) = Position(bytes, nul);
            diagnostics.Add(Diagnostic.Error(Codes.BinaryFile, path, line, column,
                "file contains a NUL byte; is it a binary file?"));
            return null;
        }

        if (bytes.StartsWith("\uFEFF"u8)) bytes = bytes[3..];

        // Valid text, nearly every file, is decoded straight into its string; only a file with a
        // bad byte is decoded again, to find where.
        if (!System.Text.Unicode.Utf8.IsValid(bytes))
        {
            var chars = new char[bytes.Length];
            System.Text.Unicode.Utf8.ToUtf16(bytes, chars, out var read, out _, replaceInvalidSequences: false);
            var (line, column) = Position(bytes, read);
            diagnostics.Add(Diagnostic.Error(Codes.NotUtf8, path, line, column,
                $"file is not valid UTF-8 (byte 0x{bytes[read]:X2}); save it as UTF-8"));
            return null;
        }

        var text = System.Text.Encoding.UTF8.GetString(bytes);
        if (text.Contains('\r')) text = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        return CheckLineLengths(text, path, diagnostics) ? text : null;
    }

    private static bool CheckLineLengths(string text, string path, DiagnosticBag diagnostics)
    {
        var line = 1;
        var start = 0;
        while (start <= text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0) end = text.Length;
            if (end - start > Limits.MaxLineLength)
            {
                diagnostics.Add(Diagnostic.Error(Codes.LineTooLong, path, line, Limits.MaxLineLength + 1,
                    $"line is {end - start:N0} characters long; the limit is {Limits.MaxLineLength:N0}"));
                return false;
            }
            start = end + 1;
            line++;
        }
        return true;
    }

    /// <summary>1-based line and column (in characters) of a byte offset.</summary>
    private static (int Line, int Column) Position(ReadOnlySpan<byte> bytes, int offset)
    {
        var before = bytes[..offset];
        var line = before.Count((byte)'\n') + 1;
        var lineStart = before.LastIndexOf((byte)'\n') + 1;
        var column = 1;
        foreach (var b in before[lineStart..])
        {
            // Count characters, not bytes: continuation bytes do not start a character.
            if ((b & 0xC0) != 0x80) column++;
        }
        return (line, column);
    }
}
