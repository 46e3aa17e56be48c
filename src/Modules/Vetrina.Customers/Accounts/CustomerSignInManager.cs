using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Vetrina.Customers.Contracts;
using Vetrina.Kernel.Security;

namespace Vetrina.Customers.Accounts;

/// <summary>Identity's sign-in on the customers' cookie, for accounts in the customer role only.</summary>
internal sealed class CustomerSignInManager : SignInManager<IdentityUser>
{
    public CustomerSignInManager(UserManager<IdentityUser> users, IHttpContextAccessor context, IUserClaimsPrincipalFactory<IdentityUser> claims,
        IOptions<IdentityOptions> options, ILogger<SignInManager<IdentityUser>> logger, IAuthenticationSchemeProvider schemes,
        IUserConfirmation<IdentityUser> confirmation)
        : base(users, context, claims, options, logger, schemes, confirmation) =>
        AuthenticationScheme = CustomerAuthentication.Scheme;

    /// <summary>Checked before the password, so a staff account fails here as a wrong password would, telling nobody it exists.</summary>
    public override async Task<bool> CanSignInAsync(IdentityUser user) =>
        await base.CanSignInAsync(user) && await UserManager.IsInRoleAsync(user, CustomerRole.Name);
}
