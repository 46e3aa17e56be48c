using Microsoft.AspNetCore.DataProtection;

namespace Vetrina.EmailMarketing.Automations;

/// <summary>
/// The link in an abandoned-cart email that brings the bag back in any browser: the bag's id, encrypted and signed with
/// the app's data-protection keys (shared by every node), valid for two weeks.
/// </summary>
internal static class CartRestore
{
    public static readonly TimeSpan ValidFor = TimeSpan.FromDays(14);

    private const string Purpose = "Vetrina.EmailMarketing.CartRestore";

    public static string Protect(IDataProtectionProvider provider, Guid cartId) =>
        provider.CreateProtector(Purpose).ToTimeLimitedDataProtector().Protect(cartId.ToString("N"), ValidFor);

    public static Guid? Unprotect(IDataProtectionProvider provider, string? token)
    {
        if (string.IsNullOrEmpty(token))
        {
            return null;
        }

        try
        {
            return Guid.TryParse(provider.CreateProtector(Purpose).ToTimeLimitedDataProtector().Unprotect(token), out var id) ? id : null;
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null;
        }
    }
}
