namespace Vetrina.Analytics.Aggregation;

/// <summary>What one aggregation run did to a day: rebuilt it whole, or merged the visitors with new events.</summary>
/// <param name="Events">The events read: all of the merged visitors' events of the day.</param>
internal sealed record DayRun(DateOnly Day, bool Whole, int Events, int Visitors);
