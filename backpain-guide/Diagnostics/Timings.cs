using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace BackpainGuide.Diagnostics;

/// <summary>
/// Where a build's time goes, for <c>--timings</c>: the wall time of each stage in the order they
/// ran, the time spent making each output unit's bytes (summed over the threads that made them,
/// so it can exceed the write stage's wall time) with its file count and bytes, the time spent in
/// the file system, and the garbage collector's share. Safe to record into from many threads.
/// </summary>
public sealed class Timings
{
    private readonly List<(string Name, long Ticks, long Allocated)> stages = [];
    private readonly ConcurrentDictionary<string, UnitTotals> units = new(StringComparer.Ordinal);
    private long fileSystemTicks;
    private readonly long startTicks = Stopwatch.GetTimestamp();
    private readonly TimeSpan startUp = StartUp();
    private readonly TimeSpan startPause = GC.GetTotalPauseDuration();
    private readonly long startAllocated = GC.GetTotalAllocatedBytes();

    private sealed class UnitTotals
    {
        public long Ticks;
        public long Files;
        public long Bytes;
        // Made on one thread each, so the thread's own count is exact; -1 for work spread over threads (the search index).
        public long Allocated = -1;

        /// <summary>One file made since <paramref name="start"/>, with this thread's allocation count then, of <paramref name="bytes"/> bytes.</summary>
        public void AddFile(long start, long allocated, long bytes)
        {
            Interlocked.Add(ref Ticks, Stopwatch.GetTimestamp() - start);
            Interlocked.CompareExchange(ref Allocated, 0, -1);
            Interlocked.Add(ref Allocated, GC.GetAllocatedBytesForCurrentThread() - allocated);
            Interlocked.Increment(ref Files);
            Interlocked.Add(ref Bytes, bytes);
        }
    }

    private string? current;
    private long currentStart;
    private long currentAllocated;

    /// <summary>Ends the stage running now, if any, and starts <paramref name="stage"/> (none when null).</summary>
    public void Mark(string? stage)
    {
        var now = Stopwatch.GetTimestamp();
        var allocated = GC.GetTotalAllocatedBytes();
        lock (stages)
        {
            if (current is not null) stages.Add((current, now - currentStart, allocated - currentAllocated));
            (current, currentStart, currentAllocated) = (stage, now, allocated);
        }
    }

    /// <summary>Wraps <paramref name="make"/> so that each call adds its time and bytes to <paramref name="unit"/>.</summary>
    public Func<byte[]> Measure(string unit, Func<byte[]> make)
    {
        var totals = units.GetOrAdd(unit, _ => new UnitTotals());
        return () =>
        {
            var (start, allocated) = (Stopwatch.GetTimestamp(), GC.GetAllocatedBytesForCurrentThread());
            var bytes = make();
            totals.AddFile(start, allocated, bytes.Length);
            return bytes;
        };
    }

    /// <summary>The same for a file written to a stream: its time and the bytes it wrote.</summary>
    public Action<Stream> Measure(string unit, Action<Stream> write)
    {
        var totals = units.GetOrAdd(unit, _ => new UnitTotals());
        return stream =>
        {
            var (start, allocated) = (Stopwatch.GetTimestamp(), GC.GetAllocatedBytesForCurrentThread());
            var before = stream.Position;
            write(stream);
            totals.AddFile(start, allocated, stream.Position - before);
        };
    }

    /// <summary>Runs <paramref name="work"/>, adding its time (no files, no bytes) to <paramref name="unit"/>: work done beside a stage.</summary>
    public T Time<T>(string unit, Func<T> work)
    {
        var totals = units.GetOrAdd(unit, _ => new UnitTotals());
        var start = Stopwatch.GetTimestamp();
        try
        {
            return work();
        }
        finally
        {
            Interlocked.Add(ref totals.Ticks, Stopwatch.GetTimestamp() - start);
        }
    }

    /// <summary>Time spent creating and writing files, summed over threads.</summary>
    public void AddFileSystem(long ticks) => Interlocked.Add(ref fileSystemTicks, ticks);

    public string Report()
    {
        var sb = new StringBuilder();
        var total = Stopwatch.GetTimestamp() - startTicks + (long)(startUp.TotalSeconds * Stopwatch.Frequency);
        sb.Append("timings (wall time of each stage; units: time making their bytes, summed over threads)\n");
        Line(sb, "process start to first stage", (long)(startUp.TotalSeconds * Stopwatch.Frequency), total, "");
        lock (stages)
        {
            // What a stage allocated (by every thread while it ran) is what its garbage collections cost.
            foreach (var (name, ticks, allocated) in stages)
            {
                Line(sb, name, ticks, total, string.Create(CultureInfo.InvariantCulture, $"  {allocated / 1048576.0,14:F0} MiB allocated"));
            }
        }
        var unitTicks = units.Values.Sum(u => u.Ticks);
        foreach (var (name, u) in units.OrderByDescending(u => u.Value.Ticks).ThenBy(u => u.Key, StringComparer.Ordinal))
        {
            Line(sb, "  " + name, u.Ticks, unitTicks + fileSystemTicks,
                string.Create(CultureInfo.InvariantCulture, $"  {u.Files,7:N0} files {u.Bytes / 1048576.0,8:F1} MiB") +
                (u.Allocated < 0 ? "" : string.Create(CultureInfo.InvariantCulture, $" {u.Allocated / 1048576.0,8:F0} MiB allocated")));
        }
        if (fileSystemTicks > 0) Line(sb, "  file system (create, write)", fileSystemTicks, unitTicks + fileSystemTicks, "");
        Line(sb, "total", total, total, "");
        var pause = GC.GetTotalPauseDuration() - startPause;
        sb.Append(string.Create(CultureInfo.InvariantCulture,
            $"gc: {pause.TotalMilliseconds:F0} ms paused ({100 * pause.TotalSeconds / Math.Max(1e-9, total / (double)Stopwatch.Frequency):F1}% of wall), " +
            $"{GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)} collections (gen 0/1/2), " +
            $"{(GC.GetTotalAllocatedBytes() - startAllocated) / 1048576.0:F0} MiB allocated, " +
            $"peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:F0} MiB"));
        // check in a process of its own runs without collections (Cli/CheckMemory.cs) unless its budget ran out.
        if (System.Runtime.GCSettings.LatencyMode == System.Runtime.GCLatencyMode.NoGCRegion) sb.Append(", no collection while checking");
        sb.Append('\n');
        return sb.ToString();
    }

    /// <summary>Process start (the runtime's own start-up) until this object was made, as the OS counts it.</summary>
    private static TimeSpan StartUp()
    {
        using var process = Process.GetCurrentProcess();
        var elapsed = DateTime.Now - process.StartTime;
        return elapsed < TimeSpan.Zero ? TimeSpan.Zero : elapsed;
    }

    private static void Line(StringBuilder sb, string name, long ticks, long of, string extra)
    {
        var ms = ticks * 1000.0 / Stopwatch.Frequency;
        sb.Append(string.Create(CultureInfo.InvariantCulture, $"  {name,-34} {ms,8:F0} ms {100.0 * ticks / Math.Max(1, of),5:F1}%{extra}\n"));
    }
}
