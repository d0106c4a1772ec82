using System.Runtime;

namespace BackpainGuide.Cli;

/// <summary>
/// check keeps nearly everything it allocates (every question's text, links and headings) until
/// it exits, so collecting while it runs only copies the survivors from generation to generation:
/// a third of its wall time at 10,000 questions went to collections. In a process of its own it
/// asks the runtime for no collection until <see cref="Budget"/> bytes are allocated; past that
/// (a guide of tens of thousands of questions) the collector works as usual. The cost is memory:
/// what check allocates is kept until it exits (at 10,000 questions about 500 MiB at its peak
/// instead of 190). build is not held: its peak memory is one of the benchmark's goals.
/// </summary>
internal sealed class CheckMemory : IDisposable
{
    /// <summary>Memory is committed as it is allocated, not up front: a small guide uses a small part of it.</summary>
    public const long Budget = 1L << 30;

    private CheckMemory()
    {
    }

    /// <summary>Null when the runtime would not start the region (another is running, say).</summary>
    public static CheckMemory? Hold()
    {
        try
        {
            return GC.TryStartNoGCRegion(Budget) ? new CheckMemory() : null;
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    public void Dispose()
    {
        if (GCSettings.LatencyMode != GCLatencyMode.NoGCRegion) return; // the budget ran out: already ended
        try
        {
            GC.EndNoGCRegion();
        }
        catch (InvalidOperationException)
        {
            // Ended by a collection between the check and the call.
        }
    }
}
