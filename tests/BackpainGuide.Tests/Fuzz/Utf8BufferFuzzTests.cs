using System.Text;
using BackpainGuide.Layout;
using CsCheck;

namespace BackpainGuide.Tests.Fuzz;

/// <summary>
/// Utf8Buffer writes a builder's text through one 64 KB array, chunk by chunk. Whatever the
/// text (pairs and lone surrogates, at chunk and buffer boundaries, longer than the buffer), the
/// bytes must be those of Encoding.UTF8.GetBytes of the whole string, and the buffer must be
/// reusable for the next text.
/// </summary>
public class Utf8BufferFuzzTests
{
    private static readonly string[] Pieces = ["a", "é", "€", "😀", "\ud83d", "\ude00", "<p>", "\n", new string('x', 4000), new string('é', 3000)];

    private static readonly Gen<StringBuilder> Text = Gen.OneOf(Pieces).Array[0, 60].Select(parts =>
    {
        // Appended piece by piece with small capacity: the builder ends up in many chunks.
        var sb = new StringBuilder(8);
        foreach (var part in parts) sb.Append(part);
        return sb;
    });

    [Fact]
    public void Writes_the_bytes_of_the_whole_string() =>
        Gen.Select(Text, Text).Sample((first, second) =>
        {
            var buffer = new Utf8Buffer();
            foreach (var sb in new[] { first, second })
            {
                var output = new MemoryStream();
                buffer.Write(sb, output);
                Assert.Equal(Encoding.UTF8.GetBytes(sb.ToString()), output.ToArray());
            }
        }, iter: 300);
}
