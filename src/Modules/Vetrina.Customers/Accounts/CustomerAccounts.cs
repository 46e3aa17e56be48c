using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Vetrina.Customers.Contracts;
using Vetrina.Customers.Contracts.Events;
using Vetrina.Data;
using Vetrina.Data.Events;
using Vetrina.Data.Security;
using Vetrina.Kernel.Security;

namespace Vetrina.Customers.Accounts;

internal sealed class CustomerAccounts(UserManager<IdentityUser> users, CustomerSignInManager sessions, VetrinaDbContext db, TimeProvider clock,
    SignInThrottle throttle, IAttemptCounter attempts)
    : ICustomerAccounts
{
    public async Task<(RegistrationOutcome Outcome, CustomerAccount? Customer)> RegisterAsync(string email, string password, string language,
        CancellationToken cancellationToken)
    {
        var user = new IdentityUser { UserName = email, Email = email, LockoutEnabled = true };
        var outcome = RegistrationOutcome.Registered;
        // The account, its role and the event commit together: a half-made account that is not a customer could not sign in anywhere.
        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var created = await users.CreateAsync(user, password);
            if (!created.Succeeded)
            {
                outcome = created.Errors.Any(e => e.Code is "DuplicateUserName" or "DuplicateEmail")
                    ? RegistrationOutcome.EmailTaken
                    : RegistrationOutcome.PasswordRefused;
                return;
            }

            db.Publish(new CustomerRegistered(user.Id, email, language, clock.GetUtcNow()));
            var role = await users.AddToRoleAsync(user, CustomerRole.Name);
            if (!role.Succeeded)
            {
                throw new InvalidOperationException("Could not give the new account the customer role: " + string.Join(" ", role.Errors.Select(e => e.Description)));
            }

            await transaction.CommitAsync(cancellationToken);
        });
        if (outcome != RegistrationOutcome.Registered)
        {
            return (outcome, null);
        }

        await sessions.SignInAsync(user, isPersistent: true);
        return (outcome, new CustomerAccount(user.Id, email));
    }

    public async Task<CustomerSignIn> SignInAsync(string email, string password)
    {
        var http = sessions.Context;
        if (await throttle.BeginAsync(http, email, http.RequestAborted) is { RetryAfter.TotalSeconds: > 0 } refused)
        {
            return new CustomerSignIn(CustomerSignInOutcome.TooManyAttempts, null, refused.RetryAfter);
        }

        var result = await sessions.PasswordSignInAsync(email, password, isPersistent: true, lockoutOnFailure: false);
        if (result.Succeeded && await users.FindByNameAsync(email) is { } user)
        {
            await throttle.SucceededAsync(http, email, http.RequestAborted);
            return new CustomerSignIn(CustomerSignInOutcome.SignedIn, Account(user));
        }

        return new CustomerSignIn(CustomerSignInOutcome.WrongEmailOrPassword, null);
    }

    public Task SignOutAsync() => sessions.SignOutAsync();

    public async Task<CustomerAccount?> CurrentAsync(ClaimsPrincipal principal) =>
        principal.Identity?.IsAuthenticated == true && await users.GetUserAsync(principal) is { } user
            ? Account(user)
            : null;

    /// <summary>
    /// Reset emails one address may be sent per clock hour, however many clients ask: nobody's inbox is flooded through
    /// the shop. A stranger asking for someone's address can hold their reset emails back until the hour turns, no
    /// longer, and never their account.
    /// </summary>
    private const int ResetsPerHour = 5;

    public async Task<PasswordResetTicket?> StartPasswordResetAsync(string email)
    {
        // Counted for every address asked about, account or not, so that being over the limit tells nobody either.
        var now = clock.GetUtcNow();
        var hour = now.UtcTicks / TimeSpan.TicksPerHour;
        var asked = await attempts.AddAsync($"reset:{IssuedSecrets.HashOf(email.Trim().ToUpperInvariant())}:{hour}", now, TimeSpan.FromHours(1), CancellationToken.None);
        var user = await users.FindByEmailAsync(email);
        return asked.Attempts <= ResetsPerHour && user is not null && await users.IsInRoleAsync(user, CustomerRole.Name)
            ? new PasswordResetTicket(Account(user), await users.GeneratePasswordResetTokenAsync(user))
            : null;
    }

    public async Task<PasswordResetOutcome> ResetPasswordAsync(string email, string token, string newPassword)
    {
        var user = await users.FindByEmailAsync(email);
        if (user is null || !await users.IsInRoleAsync(user, CustomerRole.Name))
        {
            return PasswordResetOutcome.LinkInvalid;
        }

        var result = await users.ResetPasswordAsync(user, token, newPassword);
        return result.Succeeded ? PasswordResetOutcome.Changed
            : result.Errors.Any(e => e.Code == "InvalidToken") ? PasswordResetOutcome.LinkInvalid
            : PasswordResetOutcome.PasswordRefused;
    }

    private static CustomerAccount Account(IdentityUser user) => new(user.Id, user.Email ?? user.UserName ?? user.Id);
}
