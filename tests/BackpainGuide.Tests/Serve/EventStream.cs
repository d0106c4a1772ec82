using System.Text.Json;
using System.Threading.Channels;

namespace BackpainGuide.Tests.Serve;

/// <summary>A client of the preview's server-sent events, as a tab's EventSource would read them.</summary>
internal sealed class EventStream : IAsyncDisposable
{
    private readonly HttpClient client = new() { Timeout = Timeout.InfiniteTimeSpan };
    private readonly CancellationTokenSource stop = new();
    private readonly Channel<(string Name, JsonElement Data)> events = Channel.CreateUnbounded<(string, JsonElement)>();
    private readonly TaskCompletionSource connected = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Task? reading;

    public static async Task<EventStream> Open(string baseUrl)
    {
        var stream = new EventStream();
        stream.reading = stream.Read(baseUrl + "__preview/events");
        await stream.connected.Task.WaitAsync(TimeSpan.FromSeconds(20));
        return stream;
    }

    private async Task Read(string url)
    {
        try
        {
            using var response = await client.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, stop.Token);
            response.EnsureSuccessStatusCode();
            if (response.Content.Headers.ContentType?.MediaType != "text/event-stream") throw new InvalidOperationException("not an event stream");
            using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(stop.Token));
            string? name = null, data = null;
            while (await reader.ReadLineAsync(stop.Token) is { } line)
            {
                if (line.StartsWith("retry:", StringComparison.Ordinal)) connected.TrySetResult();
                else if (line.StartsWith("event: ", StringComparison.Ordinal)) name = line[7..];
                else if (line.StartsWith("data: ", StringComparison.Ordinal)) data = line[6..];
                else if (line.Length == 0 && name is not null && data is not null)
                {
                    events.Writer.TryWrite((name, JsonDocument.Parse(data).RootElement.Clone()));
                    name = data = null;
                }
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or IOException or HttpRequestException)
        {
            connected.TrySetException(ex);
        }
        finally
        {
            events.Writer.TryComplete();
        }
    }

    /// <summary>The next event that satisfies <paramref name="match"/>, skipping others; fails after <paramref name="within"/>.</summary>
    public async Task<JsonElement> Next(string name, TimeSpan within, Func<JsonElement, bool>? match = null)
    {
        using var timeout = new CancellationTokenSource(within);
        try
        {
            while (true)
            {
                var (n, data) = await events.Reader.ReadAsync(timeout.Token);
                if (n == name && (match is null || match(data))) return data;
            }
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"no '{name}' event within {within.TotalSeconds} s");
        }
    }

    public static bool Changed(JsonElement reload, string url) =>
        reload.GetProperty("changed").EnumerateArray().Any(u => u.GetString() == url);

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        if (reading is not null) await reading;
        client.Dispose();
        stop.Dispose();
    }
}
