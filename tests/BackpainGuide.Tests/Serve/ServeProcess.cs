using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace BackpainGuide.Tests.Serve;

/// <summary>
/// The serve command as a contributor runs it: a child process on a free port (--port 0), read
/// through its terminal output, stopped with SIGINT as Ctrl+C does.
/// </summary>
internal sealed partial class ServeProcess : IDisposable
{
    private readonly Process process;
    private readonly StringBuilder stderr = new();
    private readonly StringBuilder stdout = new();
    private readonly TaskCompletionSource<string> url = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public ServeProcess(string input, string theme, string workingDirectory)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "BackpainGuide.dll");
        var start = new ProcessStartInfo("dotnet", [dll, "serve", "--port", "0", "--input", input, "--theme", theme])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            WorkingDirectory = workingDirectory,
        };
        process = Process.Start(start) ?? throw new InvalidOperationException("cannot start serve");
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is null) return;
            lock (stderr) stderr.AppendLine(e.Data);
            if (Serving().Match(e.Data) is { Success: true } m) url.TrySetResult(m.Groups[1].Value);
        };
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is not null) lock (stdout) stdout.AppendLine(e.Data);
        };
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
    }

    public string Stderr
    {
        get { lock (stderr) return stderr.ToString(); }
    }

    public string Stdout
    {
        get { lock (stdout) return stdout.ToString(); }
    }

    /// <summary>The URL the server prints once its first build is served.</summary>
    public async Task<string> Url()
    {
        var done = await Task.WhenAny(url.Task, process.WaitForExitAsync(), Task.Delay(TimeSpan.FromSeconds(60)));
        if (done != url.Task) throw new InvalidOperationException("serve did not start:\n" + Stderr);
        return await url.Task;
    }

    /// <summary>Sends SIGINT (what Ctrl+C sends) and waits for the exit code.</summary>
    public async Task<int> Interrupt(TimeSpan within)
    {
        using (var kill = Process.Start("kill", ["-INT", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])) await kill!.WaitForExitAsync();
        using var timeout = new CancellationTokenSource(within);
        await process.WaitForExitAsync(timeout.Token);
        return process.ExitCode;
    }

    [GeneratedRegex(@"^serving (http://127\.0\.0\.1:\d+/\S*) ")]
    private static partial Regex Serving();

    public void Dispose()
    {
        if (!process.HasExited) process.Kill(entireProcessTree: true);
        process.Dispose();
    }
}
