using Microsoft.Extensions.Options;
using Vetrina.Helpdesk.Domain;
using Vetrina.Kernel.Time;
using Vetrina.Markets.Contracts;

namespace Vetrina.Helpdesk.Sla;

/// <summary>Runs a ticket's service clock on its market's calendar (time zone, opening hours, public holidays) and its priority's targets.</summary>
internal sealed class ServiceLevels(IOptions<SlaOptions> options, IMarketDirectory markets, IMarketCalendars calendars)
{
    public SlaOptions Options => options.Value;

    /// <summary>Brings the ticket's deadlines and measured times up to date after a change.</summary>
    public async Task MeasureAsync(Ticket ticket, DateTimeOffset at, CancellationToken cancellationToken) =>
        ticket.Measure(await TermsAsync(ticket.Market, ticket.Priority, cancellationToken), at);

    public async Task<SlaTerms> TermsAsync(string marketCode, TicketPriority priority, CancellationToken cancellationToken)
    {
        var target = options.Value.TargetOf(priority);
        return new SlaTerms(await HoursAsync(marketCode, cancellationToken), target.FirstResponse, target.Resolution);
    }

    /// <summary>The market a ticket is served in: the shopper's, else the one of their language.</summary>
    public async Task<string> MarketOfAsync(string? marketCode, string language, CancellationToken cancellationToken) =>
        (await markets.FindAsync(marketCode, cancellationToken) ?? await markets.DefaultForLanguageAsync(language, cancellationToken)).Code;

    private async ValueTask<BusinessHours> HoursAsync(string marketCode, CancellationToken cancellationToken)
    {
        var market = await markets.FindAsync(marketCode, cancellationToken) ?? (await markets.AllAsync(cancellationToken))[0];
        var opening = options.Value.Hours.GetValueOrDefault(marketCode) ?? options.Value.DefaultHours;
        return new BusinessHours(market.Zone, calendars.For(market.Code), opening.Opens, opening.Closes);
    }
}
