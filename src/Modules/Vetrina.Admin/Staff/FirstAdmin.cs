using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Vetrina.Kernel.Security;

namespace Vetrina.Admin.Staff;

/// <summary>
/// Creates the staff roles and the customer role and, on a database without staff, the first admin. Its email and password come from
/// <c>Vetrina:Admin:Email</c> and <c>Vetrina:Admin:Password</c>; without a password one is generated and printed once.
/// </summary>
internal static class FirstAdmin
{
    public const string DefaultEmail = "admin@vetrina.local";

    public static async Task EnsureAsync(IServiceProvider services, IConfiguration configuration, ILogger logger)
    {
        var roles = services.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in StaffRoles.All.Append(CustomerRole.Name))
        {
            if (!await roles.RoleExistsAsync(role))
            {
                Check(await roles.CreateAsync(new IdentityRole(role)));
            }
        }

        var users = services.GetRequiredService<UserManager<IdentityUser>>();
        if (users.Users.Any())
        {
            return;
        }

        var email = configuration["Vetrina:Admin:Email"] ?? DefaultEmail;
        var configured = configuration["Vetrina:Admin:Password"];
        var password = string.IsNullOrEmpty(configured) ? StaffPasswords.Generate() : configured;
        var admin = new IdentityUser { UserName = email, Email = email, EmailConfirmed = true, LockoutEnabled = true };
        Check(await users.CreateAsync(admin, password));
        Check(await users.AddToRoleAsync(admin, StaffRoles.Admin));

        logger.LogInformation("Created the first admin {Email}", email);
        // Printed, not logged: log pipelines are shipped and kept; the terminal of the first start is not.
        // One write, so that log lines from other threads cannot land inside it.
        var passwordLine = string.IsNullOrEmpty(configured)
            ? $"  Admin password: {password}   (shown once; change it under Account after signing in)"
            : "  Admin password: as configured in Vetrina:Admin:Password";
        Console.Out.Write($"{Environment.NewLine}  Back office: /admin{Environment.NewLine}  Admin email:    {email}{Environment.NewLine}{passwordLine}{Environment.NewLine}{Environment.NewLine}");
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Could not create the first admin: " + string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }
}
