using Vetrina.Kernel.Time;

namespace Vetrina.Helpdesk.Domain;

/// <summary>What a ticket's service clock runs on: its market's working hours and the targets of its priority.</summary>
internal sealed record SlaTerms(BusinessHours Hours, TimeSpan FirstResponse, TimeSpan Resolution);
