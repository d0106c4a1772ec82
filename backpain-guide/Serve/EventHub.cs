using System.Threading.Channels;

namespace BackpainGuide.Serve;

/// <summary>
/// The open event streams of the preview's tabs. A message goes to every stream; the latest
/// build state is kept so a tab that connects later (or reconnects) hears it at once.
/// </summary>
public sealed class EventHub
{
    private readonly Lock gate = new();
    private readonly List<Channel<string>> streams = [];

    /// <summary>The message a new stream gets first: the current error report, or null when the build is good.</summary>
    public string? State { get; private set; }

    public int Streams
    {
        get { lock (gate) return streams.Count; }
    }

    public Channel<string> Open()
    {
        // Bounded, dropping the oldest: a tab that stops reading cannot make the server hoard messages.
        var channel = Channel.CreateBounded<string>(new BoundedChannelOptions(64) { FullMode = BoundedChannelFullMode.DropOldest });
        lock (gate)
        {
            streams.Add(channel);
            if (State is not null) channel.Writer.TryWrite(State);
        }
        return channel;
    }

    public void Close(Channel<string> channel)
    {
        lock (gate) streams.Remove(channel);
        channel.Writer.TryComplete();
    }

    /// <summary>Sends <paramref name="message"/> (a whole server-sent event) to every stream.</summary>
    public void Send(string message, bool isState, bool clearsState)
    {
        lock (gate)
        {
            if (isState) State = message;
            else if (clearsState) State = null;
            foreach (var stream in streams) stream.Writer.TryWrite(message);
        }
    }

    public void CloseAll()
    {
        lock (gate)
        {
            foreach (var stream in streams) stream.Writer.TryComplete();
            streams.Clear();
        }
    }
}
