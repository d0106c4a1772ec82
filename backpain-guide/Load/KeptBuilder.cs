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
}
