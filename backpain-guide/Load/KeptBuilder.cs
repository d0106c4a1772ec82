using System.Text;

namespace BackpainGuide.Load;

/// <summary>
/// The rule for a builder that a thread keeps from one body to the next: one that a long body
/// grew is let go, rather than held at that size for the rest of the build.
/// </summary>
internal static class KeptBuilder
{
    private const int MaxChars = 256 * 1024;

    public static bool TooBigToKeep(StringBuilder builder) => builder.Capacity > MaxChars;

    /// <summary>The same rule for a byte buffer (of UTF-8 or JSON), at the same size in bytes.</summary>
    public static bool TooBigToKeep(System.Buffers.ArrayBufferWriter<byte> buffer) => buffer.Capacity > 2 * MaxChars;
}
