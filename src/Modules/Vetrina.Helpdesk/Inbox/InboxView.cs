namespace Vetrina.Helpdesk.Inbox;

/// <summary>The agent inbox's views.</summary>
internal enum InboxView
{
    /// <summary>Assigned to the agent looking, not solved.</summary>
    Mine,

    /// <summary>Nobody has it yet, not solved.</summary>
    Unassigned,

    /// <summary>With the shop: new, open or on hold.</summary>
    Open,

    /// <summary>Answered, waiting on the customer.</summary>
    WaitingOnCustomer,

    /// <summary>Past a service target's deadline, or about to be: the nearest deadline first.</summary>
    Breaching,

    /// <summary>Solved and not yet closed: the latest first.</summary>
    Solved,
}
