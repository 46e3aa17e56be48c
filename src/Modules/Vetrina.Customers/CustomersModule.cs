using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Vetrina.Customers.Accounts;
using Vetrina.Customers.Addresses;
using Vetrina.Customers.Contracts;
using Vetrina.Data;

namespace Vetrina.Customers;

public static class CustomersModule
{
    /// <summary>Shoppers' accounts on the identity store the back office sets up, signed in with a cookie of their own.</summary>
    public static IServiceCollection AddCustomersModule(this IServiceCollection services)
    {
        services.AddModuleModel(typeof(CustomersModule).Assembly);
        services.AddAuthentication().AddCookie(CustomerAuthentication.Scheme, cookie =>
        {
            // Lax, so a shopper who follows a link from an email arrives signed in; every form that changes something
            // carries an antiforgery token. The back office never reads this cookie.
            cookie.Cookie.Name = CustomerAuthentication.CookieName;
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            cookie.ExpireTimeSpan = TimeSpan.FromDays(30);
            cookie.SlidingExpiration = true;
            cookie.LoginPath = "/en/account/sign-in";
            // A password reset or a deleted account ends the shopper's sessions on every device.
            cookie.Events.OnValidatePrincipal = SecurityStampValidator.ValidatePrincipalAsync;
        });
        services.AddScoped<CustomerSignInManager>();
        services.AddScoped<ICustomerAccounts, CustomerAccounts>();
        services.AddScoped<IAddressBook, AddressBook>();
        return services;
    }
}
