namespace Vetrina.Promotions.Contracts;

/// <summary>What other modules may ask about discount codes.</summary>
public interface IDiscountCodes
{
    /// <summary>Whether a code exists, active or not (codes are upper case, as checkout reads them).</summary>
    Task<bool> ExistsAsync(string code, CancellationToken cancellationToken);

    /// <summary>The codes these orders were placed with (a redemption is written with the order, so an order's event finds it).</summary>
    Task<IReadOnlyList<CodeRedemption>> RedeemedOnAsync(IReadOnlyCollection<long> orderIds, CancellationToken cancellationToken);
}

/// <summary>An order placed with a discount code.</summary>
public sealed record CodeRedemption(long OrderId, string Code);
