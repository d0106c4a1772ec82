using System.Text;

namespace BackpainGuide.Layout;

/// <summary>
/// Encodes a <see cref="StringBuilder"/>'s text as UTF-8 into one array reused from call to call,
/// chunk by chunk (an encoder keeps a surrogate pair that a chunk boundary splits), and writes it
/// to a stream: the same bytes as <c>Encoding.UTF8.GetBytes(builder.ToString())</c>, without the
/// string or the array.
/// </summary>
internal sealed class Utf8Buffer
{
    private readonly Encoder encoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetEncoder();
    private byte[] bytes = new byte[1 << 16];

    public void Write(StringBuilder text, Stream output)
    {
        var max = Encoding.UTF8.GetMaxByteCount(text.Length);
        if (max > bytes.Length) bytes = new byte[Math.Max(max, bytes.Length * 2)];
        var length = 0;
        foreach (var chunk in text.GetChunks()) length += encoder.GetBytes(chunk.Span, bytes.AsSpan(length), flush: false);
        length += encoder.GetBytes([], bytes.AsSpan(length), flush: true);
        output.Write(bytes, 0, length);
    }
}
