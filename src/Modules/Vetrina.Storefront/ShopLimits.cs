using Microsoft.Extensions.DependencyInjection;
using Vetrina.Data.Security;

namespace Vetrina.Storefront;

/// <summary>
/// How often one client address may send the shop's forms that write something or send an email. Enough for a person
/// who mistypes and tries again; far too few for a script that signs up addresses, floods the inbox or mails strangers.
/// </summary>
internal static class ShopLimits
{
    public const string SignUp = "SignUp";
    public const string PasswordReset = "PasswordReset";
    public const string Contact = "Contact";
    public const string Withdrawal = "Withdrawal";
    public const string Newsletter = "Newsletter";

    public static IServiceCollection AddShopLimits(this IServiceCollection services) => services
        .AddWindowLimit(SignUp, permits: 10, TimeSpan.FromHours(1))
        .AddWindowLimit(PasswordReset, permits: 10, TimeSpan.FromMinutes(15))
        .AddWindowLimit(Contact, permits: 10, TimeSpan.FromMinutes(10))
        .AddWindowLimit(Withdrawal, permits: 10, TimeSpan.FromMinutes(10))
        .AddWindowLimit(Newsletter, permits: 10, TimeSpan.FromHours(1));
}
