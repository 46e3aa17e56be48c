namespace Vetrina.Data.Security;

/// <summary>Counts in this node's memory: one node alone, or the fallback while Redis is away.</summary>
public sealed class MemoryAttemptCounter : IAttemptCounter
{
    /// <summary>Beyond this many keys, forgotten ones are swept out before the next is added.</summary>
    private const int SweepAbove = 100_000;

    private readonly Dictionary<string, (int Attempts, DateTimeOffset LastAt, DateTimeOffset ForgetAt)> counts = new(StringComparer.Ordinal);
    private readonly Lock gate = new();

    public Task<AttemptCount> AddAsync(string key, DateTimeOffset at, TimeSpan forgetAfter, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            if (counts.Count > SweepAbove)
            {
                foreach (var gone in counts.Where(c => c.Value.ForgetAt <= at).Select(c => c.Key).ToList())
                {
                    counts.Remove(gone);
                }
            }

            var was = counts.TryGetValue(key, out var entry) && entry.ForgetAt > at ? entry : (Attempts: 0, LastAt: DateTimeOffset.MinValue, ForgetAt: at);
            counts[key] = (was.Attempts + 1, at, at + forgetAfter);
            return Task.FromResult(new AttemptCount(was.Attempts + 1, was.LastAt));
        }
    }

    public Task UndoAsync(string key, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            if (counts.TryGetValue(key, out var entry) && entry.Attempts > 0)
            {
                counts[key] = entry with { Attempts = entry.Attempts - 1 };
            }
        }

        return Task.CompletedTask;
    }

    public Task ForgetAsync(string key, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            counts.Remove(key);
        }

        return Task.CompletedTask;
    }
}
