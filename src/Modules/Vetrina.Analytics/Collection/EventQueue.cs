using System.Threading.Channels;
using Microsoft.Extensions.Options;
using Vetrina.Analytics.Domain;

namespace Vetrina.Analytics.Collection;

/// <summary>Events waiting for their database write, and the task that completes once they are stored.</summary>
internal sealed class PendingWrite(IReadOnlyList<RawEvent> events)
{
    public IReadOnlyList<RawEvent> Events { get; } = events;

    public TaskCompletionSource Stored { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}

/// <summary>
/// The bounded queue between the collector and the event writers. It holds at most the configured number of events;
/// past that the collector says 429 rather than let memory grow while the database is slow or away.
/// </summary>
internal sealed class EventQueue(IOptions<AnalyticsOptions> options)
{
    private readonly Channel<PendingWrite> channel = System.Threading.Channels.Channel.CreateUnbounded<PendingWrite>();
    private readonly int capacity = options.Value.QueueCapacity;
    private long held;

    public long Held => Interlocked.Read(ref held);

    internal ChannelReader<PendingWrite> Reader => channel.Reader;

    /// <summary>Queues the events; the task completes when they are committed. False when the queue is full or closed.</summary>
    public bool TryEnqueue(IReadOnlyList<RawEvent> events, out Task stored)
    {
        stored = Task.CompletedTask;
        if (Interlocked.Add(ref held, events.Count) > capacity)
        {
            Interlocked.Add(ref held, -events.Count);
            return false;
        }

        var pending = new PendingWrite(events);
        if (!channel.Writer.TryWrite(pending))
        {
            Interlocked.Add(ref held, -events.Count);
            return false;
        }

        stored = pending.Stored.Task;
        return true;
    }

    /// <summary>No more events (the node is stopping); what is queued is still written.</summary>
    internal void Close() => channel.Writer.TryComplete();

    internal void Written(int events) => Interlocked.Add(ref held, -events);
}
