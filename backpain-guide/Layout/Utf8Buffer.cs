using System.Text;

namespace BackpainGuide.Layout;

/// <summary>
/// Writes a <see cref="StringBuilder"/>'s text to a stream as UTF-8 through one array reused from
/// call to call, chunk by chunk (the encoder keeps a surrogate pair that a chunk boundary
/// splits): the same bytes as <c>Encoding.UTF8.GetBytes(builder.ToString())</c>, without the
/// string, and without an array the size of the text (llms.txt is megabytes).
/// </summary>
internal sealed class Utf8Buffer
{
    // Room for the longest UTF-8 sequence an encoder may emit at once, and then some.
    private const int Slack = 16;

    private readonly Encoder encoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetEncoder();
    private readonly byte[] bytes = new byte[1 << 16];

    public void Write(StringBuilder text, Stream output)
    {
        var length = 0;
        foreach (var chunk in text.GetChunks())
        {
            var chars = chunk.Span;
            while (!chars.IsEmpty)
            {
                if (bytes.Length - length < Slack) length = Drain(output, length);
                encoder.Convert(chars, bytes.AsSpan(length), flush: false, out var used, out var written, out _);
                chars = chars[used..];
                length += written;
            }
        }
        if (bytes.Length - length < Slack) length = Drain(output, length);
        encoder.Convert([], bytes.AsSpan(length), flush: true, out _, out var last, out _);
        Drain(output, length + last);
    }

    private int Drain(Stream output, int length)
    {
        output.Write(bytes, 0, length);
        return 0;
    }
}
