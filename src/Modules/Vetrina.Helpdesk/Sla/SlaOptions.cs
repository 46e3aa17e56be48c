using Vetrina.Helpdesk.Domain;

namespace Vetrina.Helpdesk.Sla;

/// <summary>Configuration section <c>Vetrina:Helpdesk:Sla</c>: the service targets per priority and each market's opening hours.</summary>
internal sealed class SlaOptions
{
    /// <summary>
    /// Targets in working time (opening hours on business days of the ticket's market). The defaults follow what
    /// fashion brands on Zendesk and Gorgias promise: urgent within the hour, a normal question the same working day.
    /// </summary>
    public Dictionary<TicketPriority, SlaTarget> Targets { get; set; } = new()
    {
        [TicketPriority.Urgent] = new() { FirstResponse = TimeSpan.FromHours(1), Resolution = TimeSpan.FromHours(8) },
        [TicketPriority.High] = new() { FirstResponse = TimeSpan.FromHours(2), Resolution = TimeSpan.FromHours(18) },
        [TicketPriority.Normal] = new() { FirstResponse = TimeSpan.FromHours(8), Resolution = TimeSpan.FromHours(27) },
        [TicketPriority.Low] = new() { FirstResponse = TimeSpan.FromHours(18), Resolution = TimeSpan.FromHours(45) },
    };

    /// <summary>Opening hours by market code, in the market's time zone; a market not listed keeps <see cref="DefaultHours"/>.</summary>
    public Dictionary<string, OpeningHours> Hours { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    public OpeningHours DefaultHours { get; set; } = new();

    /// <summary>How soon before its deadline a ticket shows as about to breach.</summary>
    public TimeSpan NearBreach { get; set; } = TimeSpan.FromHours(1);

    public SlaTarget TargetOf(TicketPriority priority) => Targets.GetValueOrDefault(priority) ?? Targets.GetValueOrDefault(TicketPriority.Normal) ?? new SlaTarget();
}

/// <summary>Working time allowed for the first answer and for solving the ticket.</summary>
internal sealed class SlaTarget
{
    public TimeSpan FirstResponse { get; set; } = TimeSpan.FromHours(8);

    public TimeSpan Resolution { get; set; } = TimeSpan.FromHours(27);
}

/// <summary>When the service team works, in the market's local time, Monday to Friday less the market's public holidays.</summary>
internal sealed class OpeningHours
{
    public TimeOnly Opens { get; set; } = new(9, 0);

    public TimeOnly Closes { get; set; } = new(18, 0);
}
