namespace Vetrina.Promotions.Contracts;

/// <summary>What other modules may ask about discount codes.</summary>
public interface IDiscountCodes
{
    /// <summary>Whether a code exists, active or not (codes are upper case, as checkout reads them).</summary>
    Task<bool> ExistsAsync(string code, CancellationToken cancellationToken);
}
