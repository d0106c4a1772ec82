using System.Diagnostics;
using System.Globalization;

namespace BackpainGuide.Cli;

/// <summary>
/// Build progress on standard error. On a terminal: one line, rewritten in place, with the stage,
/// the files written out of the total and the time left, cleared when the build ends. In CI
/// (the CI variable set), when standard error is piped or on a dumb terminal: a plain line per
/// stage with the time the previous one took, as logs and tests read them. By hand, not a library:
/// it is a few lines, and a build's start-up is part of what the benchmark measures.
/// </summary>
internal sealed class ProgressDisplay(TextWriter stderr, bool live)
{
    /// <summary>Redraw at most this often: a terminal that is written to on every file slows the build.</summary>
    private static readonly TimeSpan Redraw = TimeSpan.FromMilliseconds(100);

    private readonly Stopwatch watch = Stopwatch.StartNew();
    private readonly Lock gate = new();
    private string stage = "";
    private TimeSpan stageStart;
    private TimeSpan lastDraw = TimeSpan.MinValue;
    private bool drawn;

    /// <summary>Live on a terminal, unless in CI or TERM=dumb.</summary>
    public static bool IsLive(RunContext context) =>
        context.ErrorIsTerminal && string.IsNullOrEmpty(context.Environment("CI")) && context.Environment("TERM") != "dumb";

    public void Stage(string name)
    {
        lock (gate)
        {
            var now = watch.Elapsed;
            if (!live)
            {
                stderr.WriteLine($"  {name}... ({(long)(now - stageStart).TotalMilliseconds} ms)");
            }
            stage = name;
            stageStart = now;
            if (live) Draw($"{name}...", now);
        }
    }

    public void Files(int done, int total)
    {
        if (!live) return;
        lock (gate)
        {
            var now = watch.Elapsed;
            if (now - lastDraw < Redraw) return;
            var spent = now - stageStart;
            var left = done > 0 ? TimeSpan.FromTicks(spent.Ticks / done * (total - done)) : TimeSpan.Zero;
            Draw(string.Create(CultureInfo.InvariantCulture, $"{stage}: {done:N0}/{total:N0} files, {Seconds(left)} left"), now);
        }
    }

    /// <summary>Clears the live line, so the summary or the diagnostics start on a clean line.</summary>
    public void Done()
    {
        lock (gate)
        {
            if (drawn) stderr.Write("\r\u001b[2K");
            drawn = false;
        }
    }

    private void Draw(string text, TimeSpan now)
    {
        // \r and "erase line": the line is rewritten in place, never scrolled.
        stderr.Write($"\r\u001b[2K  {text}");
        stderr.Flush();
        lastDraw = now;
        drawn = true;
    }

    private static string Seconds(TimeSpan t) => t.TotalSeconds < 10
        ? t.TotalSeconds.ToString("0.0 's'", CultureInfo.InvariantCulture)
        : t.TotalSeconds.ToString("0 's'", CultureInfo.InvariantCulture);
}
