namespace Vetrina.Helpdesk.Inbound;

/// <summary>What became of an inbound message.</summary>
internal enum InboundOutcome
{
    /// <summary>Added to the ticket it answers.</summary>
    Threaded,

    /// <summary>A new ticket (no ticket it answers, or not from that ticket's customer).</summary>
    Opened,

    /// <summary>An auto-reply, bounce, list mail or our own: no ticket, no answer.</summary>
    Ignored,

    /// <summary>Delivered before (same Message-ID): nothing changed.</summary>
    Duplicate,
}

internal sealed record InboundResult(InboundOutcome Outcome, string? TicketNumber, string? Reason = null);
