namespace Vetrina.Helpdesk.Domain;

/// <summary>Where a ticket stands, as Zendesk and Gorgias name it.</summary>
internal enum TicketStatus
{
    /// <summary>Nobody has answered yet.</summary>
    New,

    /// <summary>With the shop: an agent is on it.</summary>
    Open,

    /// <summary>Answered; waiting for the customer (the SLA clock stops).</summary>
    PendingCustomer,

    /// <summary>Waiting on someone else (the warehouse, a carrier).</summary>
    OnHold,

    Solved,

    /// <summary>Solved and left alone long enough; a new message opens a new ticket.</summary>
    Closed,
}

internal enum TicketPriority
{
    Low,
    Normal,
    High,
    Urgent,
}

/// <summary>Who wrote a message of a ticket; notes are for staff only.</summary>
internal enum MessageAuthor
{
    Customer,
    Agent,
    Note,
}
