namespace Vetrina.Messaging.Contracts;

/// <summary>The transactional emails sent to an address, for staff helping its owner ("did you get our answer?").</summary>
public interface IMailHistory
{
    /// <summary>The latest emails queued for the address (at most <paramref name="take"/>), newest first.</summary>
    Task<IReadOnlyList<SentMail>> ToAsync(string email, int take, CancellationToken cancellationToken);
}

/// <param name="SentAt">When the mail server took it; null while waiting or after giving up.</param>
/// <param name="Failed">Given up after its attempts (the address refused it, or the server was down too long).</param>
public sealed record SentMail(string Subject, DateTimeOffset QueuedAt, DateTimeOffset? SentAt, bool Failed);
