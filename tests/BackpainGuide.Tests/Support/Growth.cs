using System.Diagnostics;

namespace BackpainGuide.Tests.Support;

/// <summary>
/// Asserts that work grows linearly with the size of a hostile input, without a fixed time limit
/// (the test machine may be slow or busy): the same shape is timed at n and at 4n in one run,
/// best of five each, and 4n may take at most 8 times as long. Linear work gives about 4 (less,
/// with the fixed cost of a build); quadratic gives 16. On a shared machine one measurement can be
/// disturbed (the browser tests run beside these), so a ratio over the limit is measured twice
/// more before the test fails: quadratic work fails every time.
/// </summary>
internal static class Growth
{
    public const int Factor = 4;

    public static (double Small, double Large) AssertLinear(int n, Func<int, TestSite> make, Action<TestSite> run)
    {
        using (var warm = make(Math.Max(1, n / Factor))) run(warm);
        var small = Best(n, make, run);
        var large = Best(n * Factor, make, run);
        for (var attempt = 1; attempt < 3 && large >= small * Factor * 2; attempt++)
        {
            small = Best(n, make, run);
            large = Best(n * Factor, make, run);
        }
        Assert.True(large < small * Factor * 2,
            $"{n * Factor:N0} items took {large:F0} ms, {large / small:F1} times the {small:F0} ms of {n:N0}: the work grows faster than linearly");
        return (small, large);
    }

    private static double Best(int n, Func<int, TestSite> make, Action<TestSite> run)
    {
        using var site = make(n);
        var best = double.MaxValue;
        for (var i = 0; i < 5; i++)
        {
            GC.Collect();
            var watch = Stopwatch.StartNew();
            run(site);
            best = Math.Min(best, watch.Elapsed.TotalMilliseconds);
        }
        return best;
    }
}
