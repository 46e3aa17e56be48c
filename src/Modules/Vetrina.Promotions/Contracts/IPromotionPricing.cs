using Vetrina.Kernel;

namespace Vetrina.Promotions.Contracts;

/// <summary>
/// What checkout asks of promotions: what they take off a bag, and the use of a code recorded with the order that used
/// it (the <c>Within</c> methods write in the caller's transaction, so the use and the order commit together).
/// </summary>
public interface IPromotionPricing
{
    /// <summary>Whether an automatic promotion is active: without one and without a typed code, a bag has nothing to work out.</summary>
    Task<bool> HasAutomaticAsync(CancellationToken cancellationToken);

    /// <summary>The best automatic promotion, then at most the code typed (read now, so a code used up meanwhile says so).</summary>
    Task<DiscountResult> ApplyAsync(IReadOnlyList<PricedLine> lines, Currency currency, string? typedCode, CancellationToken cancellationToken);

    /// <summary>
    /// Counts the code's use by an order against its limits (concurrent orders cannot use it past them); a problem when
    /// the last use went meanwhile. The caller rolls back on a problem.
    /// </summary>
    Task<CodeProblem> RedeemWithinAsync(int codeId, long orderId, string email, long amountMinor, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Whether the customer still has a use of the code left (asked outside any order, after a placement failed).</summary>
    Task<CodeProblem> RedeemableByAsync(int codeId, string email, CancellationToken cancellationToken);

    /// <summary>Gives a cancelled order's use of its code back, inside the cancellation's transaction.</summary>
    Task ReleaseWithinAsync(long orderId, CancellationToken cancellationToken);
}
