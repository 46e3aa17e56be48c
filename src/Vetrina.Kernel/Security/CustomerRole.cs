namespace Vetrina.Kernel.Security;

/// <summary>Shoppers with an account share the identity store with staff; this role, and no staff role, marks them.</summary>
public static class CustomerRole
{
    public const string Name = "customer";
}
