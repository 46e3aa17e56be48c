namespace Vetrina.Kernel;

/// <summary>
/// Configuration section <c>Vetrina:Seller</c>: who sells, as consumer law wants it named to the buyer (the model
/// withdrawal form's addressee, the order confirmation). Settings, not code: each brand sets its own.
/// </summary>
public sealed class SellerOptions
{
    /// <summary>The company's legal name.</summary>
    public string Name { get; set; } = "Vetrina S.r.l.";

    /// <summary>Its geographical address, on one line.</summary>
    public string Address { get; set; } = "Via della Moda 1, 20121 Milano, Italia";

    /// <summary>Where shoppers write to the seller (withdrawals, questions).</summary>
    public string Email { get; set; } = "shop@vetrina.example";
}
