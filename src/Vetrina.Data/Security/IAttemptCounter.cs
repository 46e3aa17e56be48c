namespace Vetrina.Data.Security;

/// <summary>A count after one more was added, and when the one before it was added (none yet: the minimum).</summary>
public readonly record struct AttemptCount(int Attempts, DateTimeOffset PreviousAt);

/// <summary>
/// Attempts per key (failed sign-ins, requests under a rate limit), forgotten a while after the last one. Adding is atomic, so a burst of parallel attempts gets one
/// number each. In each node's memory, or in Redis when nodes share it, so that guesses spread over the nodes meet one
/// count.
/// </summary>
public interface IAttemptCounter
{
    Task<AttemptCount> AddAsync(string key, DateTimeOffset at, TimeSpan forgetAfter, CancellationToken cancellationToken);

    /// <summary>Takes back one added attempt (it turned out not to be a failure, or it was refused unchecked).</summary>
    Task UndoAsync(string key, CancellationToken cancellationToken);

    Task ForgetAsync(string key, CancellationToken cancellationToken);
}
