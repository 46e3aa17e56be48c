namespace Vetrina.Orders.Contracts;

/// <summary>
/// Units sold and sent back by product, colour and size, with the shoppers' reasons, for the orders placed in a period:
/// what a buyer reads to see that a style runs small, or that one colour disappoints.
/// </summary>
public interface IReturnStatistics
{
    /// <param name="from">Orders placed from this moment on...</param>
    /// <param name="to">...and before this one; cancelled orders are left out.</param>
    /// <param name="market">Only this market's orders, or every market's.</param>
    Task<IReadOnlyList<ReturnStatisticsRow>> ByColourAndSizeAsync(DateTimeOffset from, DateTimeOffset to, string? market, CancellationToken cancellationToken);
}

/// <summary>
/// One style, colour and size. <paramref name="Returned"/> counts the units shoppers asked to return (whatever became of
/// the request) and the units staff received without one; <paramref name="ByReason"/> splits the first by reason, and
/// <paramref name="NoReasonGiven"/> is the second.
/// </summary>
public sealed record ReturnStatisticsRow(string StyleCode, string Name, string Colour, string Size, int Sold, int Returned,
    IReadOnlyDictionary<ReturnReason, int> ByReason, int NoReasonGiven);
