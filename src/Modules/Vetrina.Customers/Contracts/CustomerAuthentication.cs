namespace Vetrina.Customers.Contracts;

/// <summary>The shoppers' sign-in, a cookie of its own that the back office never accepts (ADR-005).</summary>
public static class CustomerAuthentication
{
    public const string Scheme = "Vetrina.Customer";

    public const string CookieName = "vetrina_customer";
}
