namespace Vetrina.Helpdesk.Contracts;

/// <summary>A signed-in customer's own tickets, as their account shows them: the ones they opened signed in or from their email.</summary>
public interface ICustomerRequests
{
    Task<IReadOnlyList<CustomerRequestSummary>> ForCustomerAsync(string customerId, string email, CancellationToken cancellationToken);

    /// <summary>The ticket with its messages to and from the customer (staff notes left out), when it is theirs.</summary>
    Task<CustomerRequest?> FindAsync(string number, string customerId, string email, CancellationToken cancellationToken);

    /// <summary>Adds the customer's reply (once per <paramref name="key"/>); false when the ticket is not theirs or the text is empty or too long.</summary>
    Task<bool> ReplyAsync(string number, string customerId, string email, string? text, string key, CancellationToken cancellationToken);
}

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
public sealed record CustomerRequestMessage(bool FromShop, string Author, string Text, DateTimeOffset At);

public sealed record CustomerRequest(string Number, TicketTopic Topic, RequestStage Stage, string? OrderNumber, IReadOnlyList<CustomerRequestMessage> Messages);
