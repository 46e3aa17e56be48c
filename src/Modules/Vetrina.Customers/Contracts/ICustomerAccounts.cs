using System.Security.Claims;

namespace Vetrina.Customers.Contracts;

/// <summary>A shopper's account as other modules and the shop's pages see it.</summary>
public sealed record CustomerAccount(string Id, string Email);

public enum RegistrationOutcome
{
    Registered,
    EmailTaken,
    PasswordRefused,
}

public enum CustomerSignInOutcome
{
    SignedIn,
    WrongEmailOrPassword,

    /// <summary>Too many failed attempts lately: this one was not tried; see <see cref="CustomerSignIn.RetryAfter"/>.</summary>
    TooManyAttempts,

    /// <summary>The account is a staff member's: staff sign in to the back office, not the shop.</summary>
    StaffAccount,
}

/// <summary>A sign-in's outcome; <paramref name="RetryAfter"/> is how long to wait when there were too many attempts.</summary>
public sealed record CustomerSignIn(CustomerSignInOutcome Outcome, CustomerAccount? Customer, TimeSpan RetryAfter = default);

public enum PasswordResetOutcome
{
    Changed,
    LinkInvalid,
    PasswordRefused,
}

/// <summary>A password-reset token for a customer, to be mailed as a link; tokens work once and for two hours.</summary>
public sealed record PasswordResetTicket(CustomerAccount Customer, string Token);

/// <summary>
/// Shoppers' accounts: sign-up, sign-in and sign-out on the shoppers' own cookie, and password resets. Staff accounts
/// are not customers: they can neither sign in here nor be reset from the shop.
/// </summary>
public interface ICustomerAccounts
{
    /// <summary>Creates the account, signs the shopper in and publishes <see cref="Events.CustomerRegistered"/>.</summary>
    Task<(RegistrationOutcome Outcome, CustomerAccount? Customer)> RegisterAsync(string email, string password, string language, CancellationToken cancellationToken);

    Task<CustomerSignIn> SignInAsync(string email, string password);

    Task SignOutAsync();

    /// <summary>The signed-in customer of this request's principal, or null for guests (and for a deleted account).</summary>
    Task<CustomerAccount?> CurrentAsync(ClaimsPrincipal principal);

    /// <summary>A reset ticket for a customer's email; null when no customer has it (the caller says the same either way).</summary>
    Task<PasswordResetTicket?> StartPasswordResetAsync(string email);

    Task<PasswordResetOutcome> ResetPasswordAsync(string email, string token, string newPassword);
}
