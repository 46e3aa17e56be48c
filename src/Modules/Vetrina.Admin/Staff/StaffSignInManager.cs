using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Vetrina.Kernel.Security;

namespace Vetrina.Admin.Staff;

/// <summary>Identity's sign-in on the staff cookie, for accounts in a staff role only: a shopper's account is refused at /admin/sign-in.</summary>
internal sealed class StaffSignInManager(UserManager<IdentityUser> users, IHttpContextAccessor context, IUserClaimsPrincipalFactory<IdentityUser> claims,
    IOptions<IdentityOptions> options, ILogger<SignInManager<IdentityUser>> logger, IAuthenticationSchemeProvider schemes,
    IUserConfirmation<IdentityUser> confirmation)
    : SignInManager<IdentityUser>(users, context, claims, options, logger, schemes, confirmation)
{
    /// <summary>Checked before the password, so a customer's account fails as a wrong password would, telling nobody it exists.</summary>
    public override async Task<bool> CanSignInAsync(IdentityUser user) =>
        await base.CanSignInAsync(user) && (await UserManager.GetRolesAsync(user)).Any(StaffRoles.IsRole);
}
