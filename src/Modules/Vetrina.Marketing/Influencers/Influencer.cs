namespace Vetrina.Marketing.Influencers;

/// <summary>
/// A creator the brand pays on the sales they bring: through their personal discount code or their link
/// (<c>/i/{handle}</c>), at one rate for new customers and another for returning ones.
/// </summary>
internal sealed class Influencer
{
    private Influencer()
    {
        Handle = null!;
        Name = null!;
        Email = null!;
    }

    public Influencer(string handle, string name, string email, string? networks, string? discountCode, int newCustomerBasisPoints,
        int returningCustomerBasisPoints, DateTimeOffset at)
    {
        Handle = handle;
        Name = name;
        Email = email;
        Networks = networks;
        DiscountCode = discountCode;
        NewCustomerBasisPoints = newCustomerBasisPoints;
        ReturningCustomerBasisPoints = returningCustomerBasisPoints;
        Active = true;
        CreatedAt = at;
    }

    public int Id { get; private set; }

    /// <summary>Lower-case, as in the link <c>/i/{handle}</c> and in utm_source.</summary>
    public string Handle { get; private set; }

    public string Name { get; private set; }

    public string Email { get; private set; }

    /// <summary>Where they post: "instagram:@giulia, tiktok:@giulia".</summary>
    public string? Networks { get; private set; }

    /// <summary>Their personal code (a discount code of Promotions), upper-case.</summary>
    public string? DiscountCode { get; private set; }

    /// <summary>Commission on net sales to customers buying for the first time, in basis points (1000 = 10 %).</summary>
    public int NewCustomerBasisPoints { get; private set; }

    public int ReturningCustomerBasisPoints { get; private set; }

    public bool Active { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public int RateFor(bool newCustomer) => newCustomer ? NewCustomerBasisPoints : ReturningCustomerBasisPoints;
}
