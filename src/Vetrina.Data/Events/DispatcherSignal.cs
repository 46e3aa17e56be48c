namespace Vetrina.Data.Events;

/// <summary>Wakes this node's dispatcher when it committed an event; many wakes while it works make one more round.</summary>
public sealed class DispatcherSignal : IDisposable
{
    private readonly SemaphoreSlim wake = new(0, 1);

    public void Wake()
    {
        try
        {
            wake.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already awake or about to be.
        }
    }

    /// <summary>Waits until woken or until <paramref name="timeout"/> (a poll interval, not business time) passes.</summary>
    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) =>
        wake.WaitAsync(timeout, cancellationToken);

    public void Dispose() => wake.Dispose();
}
