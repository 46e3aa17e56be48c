namespace Vetrina.Kernel;

/// <summary>How long work that failed against an outside party (a mail server, a webhook receiver) waits before its next try.</summary>
public static class RetryBackoff
{
    private static readonly TimeSpan First = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan Longest = TimeSpan.FromHours(1);

    /// <summary>
    /// How soon work is tried again when the outside party could not be reached at all (connection refused, no greeting):
    /// that is not the work's fault, so no try is counted and the wait does not grow. An outage of any length then neither
    /// gives the work up nor leaves it waiting long after the party is back.
    /// </summary>
    public static readonly TimeSpan Unreachable = TimeSpan.FromSeconds(30);

    /// <summary>10 s after the first failure, doubling after each one (20 s, 40 s …), never more than an hour.</summary>
    public static TimeSpan After(int attempts) =>
        TimeSpan.FromSeconds(Math.Min(First.TotalSeconds * Math.Pow(2, Math.Clamp(attempts - 1, 0, 20)), Longest.TotalSeconds));
}
