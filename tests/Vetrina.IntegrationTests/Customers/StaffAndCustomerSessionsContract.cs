using System.Net;
using Microsoft.EntityFrameworkCore;
using Vetrina.Data.Events;
using Vetrina.Kernel.Security;

namespace Vetrina.IntegrationTests;

/// <summary>
/// Staff and shoppers sign in with cookies of their own: a shopper's session never reaches /admin, a shopper's account is
/// never staff, and the staff cookie is a Strict, Secure, host-only one that other sites cannot make a browser send.
/// </summary>
public abstract class StaffAndCustomerSessionsContract(AppFixture fixture)
{
    private const string Password = "wool coat for the winter";

    private readonly VetrinaApp app = fixture.App;

    [Fact]
    public async Task ACustomersSession_DoesNotReachTheBackOffice_AndTheirAccountIsRefusedAtTheStaffSignIn()
    {
        var email = $"cliente-{Guid.NewGuid():N}@example.com";
        var shopper = new StaffSession(app);
        var registered = await shopper.SubmitAsync("/it/account/register", null, new() { ["Email"] = email, ["Password"] = Password });
        Assert.Contains(registered.Headers.GetValues("Set-Cookie"), c => c.StartsWith("vetrina_customer=", StringComparison.Ordinal));
        Assert.DoesNotContain(registered.Headers.GetValues("Set-Cookie"), c => c.Contains("vetrina_staff", StringComparison.Ordinal));

        foreach (var page in new[] { "/admin", "/admin/orders", "/admin/staff" })
        {
            var response = await shopper.Client.GetAsync(page);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/admin/sign-in", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        }

        var staffSignIn = await shopper.SubmitAsync("/admin/sign-in", null, new() { ["Email"] = email, ["Password"] = Password });
        Assert.Equal(HttpStatusCode.OK, staffSignIn.StatusCode);
        Assert.Contains("The email or password is not right", WebUtility.HtmlDecode(await staffSignIn.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.False(staffSignIn.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.Contains("vetrina_staff", StringComparison.Ordinal)));
        Assert.Equal(HttpStatusCode.Redirect, (await shopper.Client.GetAsync("/admin")).StatusCode);

        // The shopper is still signed in to the shop.
        Assert.Contains(email, await shopper.Client.GetStringAsync("/it/account"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AStaffSession_IsNotAShopSession_AndAStaffAccountCannotSignInAtTheShop()
    {
        var warehouse = await StaffSession.CreateStaffAsync(app, StaffRoles.Warehouse, Password);
        var staff = await StaffSession.SignInAsync(app, warehouse, Password);
        Assert.Equal(HttpStatusCode.OK, (await staff.Client.GetAsync("/admin/fulfilment")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await staff.Client.GetAsync("/en/account")).StatusCode);

        var atTheShop = await staff.SubmitAsync("/en/account/sign-in", null, new() { ["Email"] = warehouse, ["Password"] = Password });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, atTheShop.StatusCode);
        Assert.Contains("The email or password is not right", WebUtility.HtmlDecode(await atTheShop.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheStaffCookie_IsHostOnly_Secure_Strict_HttpOnly_AndEndsWithTheBrowserSession()
    {
        var secure = new StaffSession(app, new Uri("https://localhost"));
        var signedIn = await secure.SubmitAsync("/admin/sign-in", null, new() { ["Email"] = VetrinaApp.AdminEmail, ["Password"] = VetrinaApp.AdminPassword });
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        var cookie = Assert.Single(signedIn.Headers.GetValues("Set-Cookie"), c => c.StartsWith("__Host-vetrina_staff=", StringComparison.Ordinal));
        var attributes = cookie.Split(';', StringSplitOptions.TrimEntries).Skip(1).Select(a => a.ToLowerInvariant()).ToList();
        Assert.Contains("secure", attributes);
        Assert.Contains("samesite=strict", attributes);
        Assert.Contains("httponly", attributes);
        Assert.Contains("path=/", attributes);
        Assert.DoesNotContain(attributes, a => a.StartsWith("domain=", StringComparison.Ordinal) || a.StartsWith("expires=", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, (await secure.Client.GetAsync("/admin/orders")).StatusCode);

        // Plain HTTP on the developer's own machine: the same session, without the Secure-only prefix.
        var local = await StaffSession.SignInAsync(app, VetrinaApp.AdminEmail, VetrinaApp.AdminPassword);
        Assert.Equal(HttpStatusCode.OK, (await local.Client.GetAsync("/admin/orders")).StatusCode);
        var plain = new StaffSession(app);
        var response = await plain.SubmitAsync("/admin/sign-in", null, new() { ["Email"] = VetrinaApp.AdminEmail, ["Password"] = VetrinaApp.AdminPassword });
        var localCookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("vetrina_staff=", StringComparison.Ordinal));
        Assert.Contains("samesite=strict", localCookie.ToLowerInvariant(), StringComparison.Ordinal);
        Assert.DoesNotContain("secure", localCookie.ToLowerInvariant(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Customers_AreNeverListedAsStaff_NorGivenAStaffRole()
    {
        var email = $"shopper-{Guid.NewGuid():N}@example.com";
        await new StaffSession(app).SubmitAsync("/en/account/register", null, new() { ["Email"] = email, ["Password"] = Password });
        var customerId = await app.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());

        var admin = await StaffSession.SignInAsync(app, VetrinaApp.AdminEmail, VetrinaApp.AdminPassword);
        var staffPage = await admin.Client.GetStringAsync("/admin/staff");
        Assert.DoesNotContain(email, staffPage, StringComparison.Ordinal);
        Assert.Contains(VetrinaApp.AdminEmail, staffPage, StringComparison.Ordinal);

        foreach (var (handler, fields) in new (string, Dictionary<string, string>)[]
                 {
                     ("Role", new() { ["id"] = customerId, ["role"] = StaffRoles.Admin }),
                     ("Unlock", new() { ["id"] = customerId }),
                     ("Remove", new() { ["id"] = customerId }),
                 })
        {
            var refused = await admin.SubmitAsync("/admin/staff", handler, fields);
            Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
            Assert.Contains("no longer exists", WebUtility.HtmlDecode(await admin.Client.GetStringAsync("/admin/staff")), StringComparison.Ordinal);
        }

        var roles = await app.WithDbAsync(db => (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id where ur.UserId == customerId select r.Name)
            .ToListAsync());
        Assert.Equal([CustomerRole.Name], roles);
        var created = await admin.SubmitAsync("/admin/staff", "Create", new() { ["Email"] = email, ["Role"] = StaffRoles.Admin });
        Assert.Contains("already has an account", WebUtility.HtmlDecode(await created.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal([CustomerRole.Name], await app.WithDbAsync(db => (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id
            where ur.UserId == customerId select r.Name).ToListAsync()));
    }

    [Fact]
    public async Task Registering_PublishesCustomerRegistered_WithTheAccountInOneCommit()
    {
        var email = $"registrato-{Guid.NewGuid():N}@example.com";
        await new StaffSession(app).SubmitAsync("/ko/account/register", null, new() { ["Email"] = email, ["Password"] = Password });
        var id = await app.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());

        var published = await app.WithDbAsync(db => db.Set<EventRecord>().Where(e => e.Stream == $"customer:{id}").ToListAsync());
        var registered = Assert.Single(published);
        Assert.Equal("Customers.CustomerRegistered", registered.Name);
        Assert.Contains($"\"email\":\"{email}\"", registered.Payload, StringComparison.Ordinal);
        Assert.Contains("\"language\":\"ko\"", registered.Payload, StringComparison.Ordinal);

        // A second sign-up with the same email makes no account and tells nobody anything new.
        await new StaffSession(app).SubmitAsync("/en/account/register", null, new() { ["Email"] = email, ["Password"] = Password });
        Assert.Single(await app.WithDbAsync(db => db.Set<EventRecord>().Where(e => e.Name == "Customers.CustomerRegistered" && e.Payload.Contains(email)).ToListAsync()));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteStaffAndCustomerSessionsTests(SqliteAppFixture fixture) : StaffAndCustomerSessionsContract(fixture);

[Collection(PostgresCollection.Name)]
public sealed class PostgreSqlStaffAndCustomerSessionsTests(PostgresAppFixture fixture) : StaffAndCustomerSessionsContract(fixture);
