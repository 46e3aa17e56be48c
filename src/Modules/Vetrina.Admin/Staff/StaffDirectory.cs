using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Vetrina.Data;
using Vetrina.Data.Audit;
using Vetrina.Kernel.Security;

namespace Vetrina.Admin.Staff;

internal sealed record StaffMember(string Id, string Email, string Role, bool TwoFactor, DateTimeOffset? LockedUntil, int FailedAttempts);

/// <summary>
/// Staff accounts as an admin manages them; every change lands in the audit log with the change itself. Shoppers'
/// accounts share the identity store but are not staff: they are never listed here and none of these changes reach them.
/// </summary>
internal sealed class StaffDirectory(UserManager<IdentityUser> users, VetrinaDbContext db, TimeProvider clock)
{
    public async Task<IReadOnlyList<StaffMember>> ListAsync(CancellationToken cancellationToken)
    {
        var roles = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id select new { ur.UserId, r.Name })
            .ToListAsync(cancellationToken);
        var staffRoles = roles.Where(r => StaffRoles.IsRole(r.Name)).GroupBy(r => r.UserId).ToDictionary(g => g.Key, g => g.First().Name!);
        var ids = staffRoles.Keys.ToList();
        var people = await db.Users.Where(u => ids.Contains(u.Id)).OrderBy(u => u.Email).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        return [.. people.Select(u => new StaffMember(u.Id, u.Email ?? u.UserName ?? u.Id, staffRoles[u.Id], u.TwoFactorEnabled,
            u.LockoutEnd > now ? u.LockoutEnd : null, u.AccessFailedCount))];
    }

    /// <summary>Creates an account with a first password that the admin passes on; returns it, or the errors.</summary>
    public async Task<(string? Password, IReadOnlyList<string> Errors)> CreateAsync(string actor, string email, string role)
    {
        if (!StaffRoles.IsRole(role))
        {
            return (null, [$"Choose one of the roles: {string.Join(", ", StaffRoles.All)}."]);
        }

        var password = StaffPasswords.Generate();
        var user = new IdentityUser { UserName = email.Trim(), Email = email.Trim(), EmailConfirmed = true, LockoutEnabled = true };
        var result = await AuditedAsync(actor, "staff.created", email, $"Created {email} as {role}.", () => users.CreateAsync(user, password));
        if (!result.Succeeded)
        {
            return (null, [.. result.Errors.Select(e => e.Code == "DuplicateUserName" || e.Code == "DuplicateEmail"
                ? $"{email} already has an account." : e.Description)]);
        }

        await users.AddToRoleAsync(user, role);
        return (password, []);
    }

    public async Task<IReadOnlyList<string>> ChangeRoleAsync(string actor, string userId, string role)
    {
        var user = await FindStaffAsync(userId);
        if (user is null || !StaffRoles.IsRole(role))
        {
            return ["That staff account or role no longer exists. Reload the page."];
        }

        var current = await users.GetRolesAsync(user);
        if (current.Contains(StaffRoles.Admin) && role != StaffRoles.Admin && await IsLastAdminAsync(user))
        {
            return ["This is the last admin. Make someone else admin first, so the back office keeps an admin."];
        }

        await users.RemoveFromRolesAsync(user, current);
        var result = await AuditedAsync(actor, "staff.role-changed", user.Email!, $"Role {string.Join(",", current)} -> {role}.",
            () => users.AddToRoleAsync(user, role));
        // A new security stamp signs the person out everywhere, so the new role applies at once on every node.
        await users.UpdateSecurityStampAsync(user);
        return [.. result.Errors.Select(e => e.Description)];
    }

    public async Task<IReadOnlyList<string>> UnlockAsync(string actor, string userId)
    {
        var user = await FindStaffAsync(userId);
        if (user is null)
        {
            return ["That staff account no longer exists. Reload the page."];
        }

        var result = await AuditedAsync(actor, "staff.unlocked", user.Email!, "Unlocked after failed sign-ins.", () => users.SetLockoutEndDateAsync(user, null));
        await users.ResetAccessFailedCountAsync(user);
        return [.. result.Errors.Select(e => e.Description)];
    }

    public async Task<IReadOnlyList<string>> RemoveAsync(string actor, string userId)
    {
        var user = await FindStaffAsync(userId);
        if (user is null)
        {
            return ["That staff account no longer exists. Reload the page."];
        }

        if (user.UserName == actor)
        {
            return ["You cannot remove your own account."];
        }

        if (await users.IsInRoleAsync(user, StaffRoles.Admin) && await IsLastAdminAsync(user))
        {
            return ["This is the last admin. Make someone else admin first."];
        }

        var result = await AuditedAsync(actor, "staff.removed", user.Email!, $"Removed {user.Email}.", () => users.DeleteAsync(user));
        return [.. result.Errors.Select(e => e.Description)];
    }

    /// <summary>The account if it is a staff member's: a shopper's account id posted to a staff form finds nothing.</summary>
    private async Task<IdentityUser?> FindStaffAsync(string userId) =>
        await users.FindByIdAsync(userId) is { } user && (await users.GetRolesAsync(user)).Any(StaffRoles.IsRole) ? user : null;

    private async Task<bool> IsLastAdminAsync(IdentityUser user) =>
        (await users.GetUsersInRoleAsync(StaffRoles.Admin)).All(u => u.Id == user.Id);

    /// <summary>The identity store saves the tracked audit entry in the same SaveChanges as the account change.</summary>
    private async Task<IdentityResult> AuditedAsync(string actor, string action, string email, string details, Func<Task<IdentityResult>> change)
    {
        var entry = new AuditEntry(clock.GetUtcNow(), actor, action, $"staff:{email}", details);
        db.AuditLog.Add(entry);
        var result = await change();
        if (!result.Succeeded)
        {
            db.Entry(entry).State = EntityState.Detached;
        }

        return result;
    }
}
