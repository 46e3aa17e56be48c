namespace Vetrina.Helpdesk.Contracts;

/// <summary>A signed-in customer's own tickets, as their account shows them: the ones they opened signed in or from their email.</summary>
public interface ICustomerRequests
{
    Task<IReadOnlyList<CustomerRequestSummary>> ForCustomerAsync(string customerId, string email, CancellationToken cancellationToken);

    /// <summary>The ticket with its messages to and from the customer (staff notes left out), when it is theirs.</summary>
    Task<CustomerRequest?> FindAsync(string number, string customerId, string email, CancellationToken cancellationToken);

    /// <summary>Adds the customer's reply with its files (once per <paramref name="key"/>), or says why not.</summary>
    /// <param name="files">Photos or PDFs, at most <see cref="MaxFiles"/>.</param>
    Task<ReplyOutcome> ReplyAsync(string number, string customerId, string email, string? text, string key, IReadOnlyList<Upload> files,
        CancellationToken cancellationToken);

    /// <summary>A file of one of the customer's tickets, when it is theirs and not a staff note's.</summary>
    Task<CustomerFile?> FileAsync(string number, long fileId, string customerId, string email, CancellationToken cancellationToken);

    public const int MaxFiles = 3;
}

public enum ReplyOutcome
{
    Added,

    /// <summary>Not their ticket, closed, or the text empty or too long.</summary>
    Refused,

    /// <summary>A file that is neither a photo nor a PDF, too large, or one too many.</summary>
    FileRefused,
}

public sealed record CustomerFile(string FileName, string ContentType, byte[] Content);

/// <param name="Id">For <see cref="ICustomerRequests.FileAsync"/>.</param>
public sealed record CustomerFileView(long Id, string FileName, bool IsPhoto);

/// <summary>Where a request stands, in the words a customer reads.</summary>
public enum RequestStage
{
    /// <summary>With the shop (new, open or on hold).</summary>
    WithUs,

    /// <summary>Answered; the shop waits for the customer.</summary>
    Answered,

    Solved,
}

public sealed record CustomerRequestSummary(string Number, TicketTopic Topic, RequestStage Stage, string? OrderNumber, DateTimeOffset UpdatedAt);

/// <param name="FromShop">Written by the shop (an agent's answer), else by the customer.</param>
public sealed record CustomerRequestMessage(bool FromShop, string Author, string Text, DateTimeOffset At, IReadOnlyList<CustomerFileView> Files);

public sealed record CustomerRequest(string Number, TicketTopic Topic, RequestStage Stage, string? OrderNumber, IReadOnlyList<CustomerRequestMessage> Messages);
