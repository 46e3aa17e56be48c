using Vetrina.Kernel.Time;

namespace Vetrina.Markets.Contracts;

/// <summary>Each market's business days, for deadlines counted in them.</summary>
public interface IMarketCalendars
{
    /// <summary>The calendar of the market with this code; a market without listed holidays works Monday to Friday.</summary>
    BusinessCalendar For(string marketCode);
}
