namespace Vetrina.Admin.Contracts;

/// <summary>The back office's own sign-in, apart from the shoppers' (ADR-005).</summary>
public static class StaffAuthentication
{
    /// <summary>The authentication scheme of the staff cookie (Identity's application cookie).</summary>
    public const string Scheme = "Identity.Application";
}
