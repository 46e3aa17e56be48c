using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Vetrina.Admin.Contracts;
using Vetrina.Helpdesk.Domain;
using Vetrina.Helpdesk.Inbox;
using Vetrina.Kernel.Security;

namespace Vetrina.Helpdesk.Pages.Admin;

/// <summary>The agent inbox: a view of the tickets (mine, unassigned, open, waiting on the customer, solved) with their counts.</summary>
[Authorize(Policy = StaffPolicies.ServiceAnswer)]
internal sealed class ServiceModel(TicketInbox inbox, Sla.ServiceLevels serviceLevels, TimeProvider clock) : AdminPageModel
{
    [BindProperty(SupportsGet = true)]
    public InboxView View { get; set; } = InboxView.Open;

    /// <summary>A search over every ticket ever: a number, an email, an order number or words.</summary>
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    /// <summary>Only the view's tickets with this tag.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Tag { get; set; }

    public IReadOnlyDictionary<InboxView, int> Counts { get; private set; } = new Dictionary<InboxView, int>();

    public IReadOnlyList<Ticket> Tickets { get; private set; } = [];

    public const int MaxQuery = 200;

    public DateTimeOffset Now { get; } = clock.GetUtcNow();

    public TimeSpan NearBreach => serviceLevels.Options.NearBreach;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var agent = Actor;
        Counts = await inbox.CountsAsync(agent, cancellationToken);
        Tickets = string.IsNullOrWhiteSpace(Query) ? await inbox.ListAsync(View, agent, Tag is null ? null : Ticket.CleanTag(Tag), cancellationToken)
            : await inbox.SearchAsync(Query.Length > MaxQuery ? Query[..MaxQuery] : Query, cancellationToken);
        ViewData["Title"] = "Customer service";
    }

    /// <summary>How long ago, as an agent reads a queue: "3 h", "2 d".</summary>
    public static string Ago(TimeSpan span) => span.TotalHours < 1 ? $"{Math.Max(0, (int)span.TotalMinutes)} min" : span.TotalDays < 1 ? $"{(int)span.TotalHours} h" : $"{(int)span.TotalDays} d";
}
