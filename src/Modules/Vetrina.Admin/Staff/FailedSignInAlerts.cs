using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Vetrina.Data;
using Vetrina.Data.Security;
using Vetrina.Kernel.Security;
using Vetrina.Messaging.Contracts;

namespace Vetrina.Admin.Staff;

/// <summary>
/// Tells a staff member when their account draws wrong passwords: once the failures reach the point where sign-ins to
/// the account start slowing down, and again at every further multiple of it. The warning is logged (for alerts on the
/// logs) and mailed to the account's owner, who may not have made them.
/// </summary>
internal sealed class FailedSignInAlerts(UserManager<IdentityUser> users, IMailOutbox outbox, VetrinaDbContext db, IOptions<SignInThrottleOptions> options,
    TimeProvider clock, ILogger<FailedSignInAlerts> logger)
{
    public async Task FailedAsync(string email, int accountFailures, IPAddress? from, CancellationToken cancellationToken)
    {
        var threshold = options.Value.FreePerAccount;
        if (accountFailures < threshold || accountFailures % threshold != 0
            || await users.FindByEmailAsync(email) is not { } user || !(await users.GetRolesAsync(user)).Any(StaffRoles.IsRole))
        {
            return;
        }

        logger.LogWarning("Staff account {UserId} has had {Failures} failed sign-ins within the hour, the last from {Address}", user.Id, accountFailures, from);
        var now = clock.GetUtcNow();
        var text = $"""
            Someone has entered a wrong password for your Vetrina back-office account ({user.Email}) {accountFailures} times within the hour, the last time at {now:yyyy-MM-dd HH:mm} UTC from {from?.ToString() ?? "an unknown address"}.

            If that was you, there is nothing to do. If not: your account is not locked and you can still sign in, but sign-ins to it are now slowed down. Choose a longer password under Account, and turn on two-step sign-in if you have not.
            """;
        await outbox.QueueAsync(new TransactionalMail($"staff:{user.Id}:failed-sign-ins:{now:yyyyMMddHH}:{accountFailures}", user.Email!,
            "Failed sign-ins to your Vetrina account", text, $"<p>{WebUtility.HtmlEncode(text).Replace("\n\n", "</p><p>", StringComparison.Ordinal)}</p>", "en"),
            cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }
}
