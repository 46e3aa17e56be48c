using System.Net;
using Microsoft.EntityFrameworkCore;
using Vetrina.Cart.Domain;
using Vetrina.Catalog.Domain;
using Vetrina.Inventory.Domain;
using Vetrina.Catalog.Contracts;

namespace Vetrina.IntegrationTests;

/// <summary>Shoppers' accounts: sign-up, sign-in, and one bag that follows the customer, merged at sign-in.</summary>
public abstract class CustomerAccountContract(AppFixture fixture)
{
    private const string Password = "blue linen summer shirt";

    private readonly VetrinaApp app = fixture.App;

    [Fact]
    public async Task Register_KeepsTheGuestBag_AndTheCustomerCannotEnterTheBackOffice()
    {
        var email = $"shopper-{Guid.NewGuid():N}@example.com";
        var device = new StaffSession(app);
        var sku = await SkuAsync(skip: 31);
        Assert.Equal(HttpStatusCode.Redirect, (await device.Client.PostAsync("/it/cart?handler=Add", Form(("sku", sku), ("quantity", "1")))).StatusCode);

        var registered = await device.SubmitAsync("/it/account/register", null, new() { ["Email"] = email, ["Password"] = Password });
        Assert.Equal("/it/account", registered.Headers.Location!.OriginalString);
        Assert.Contains(email, await device.Client.GetStringAsync("/it/account"), StringComparison.Ordinal);
        var bags = await BagsOfAsync(email);
        Assert.Equal(sku, await SkuCodeAsync(Assert.Single(Assert.Single(bags).Lines).SkuId));

        // The customer's cookie is not a session in the back office at all: the shop account is asked to sign in as staff.
        Assert.StartsWith("/admin/sign-in", (await device.Client.GetAsync("/admin/styles")).Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SigningInOnAnotherDevice_MergesThatDevicesBag_IntoTheCustomersOwn()
    {
        var email = $"shopper-{Guid.NewGuid():N}@example.com";
        var (first, second) = (await SkuAsync(skip: 32), await SkuAsync(skip: 33));
        var phone = new StaffSession(app);
        await phone.SubmitAsync("/en/account/register", null, new() { ["Email"] = email, ["Password"] = Password });
        await phone.Client.PostAsync("/en/cart?handler=Add", Form(("sku", first), ("quantity", "1")));

        var laptop = new StaffSession(app);
        await laptop.Client.PostAsync("/en/cart?handler=Add", Form(("sku", second), ("quantity", "1")));
        await laptop.Client.PostAsync("/en/cart?handler=Add", Form(("sku", first), ("quantity", "1")));
        var signedIn = await laptop.SubmitAsync("/en/account/sign-in", null, new() { ["Email"] = email, ["Password"] = Password, ["ReturnUrl"] = "/en/cart" });
        Assert.Equal("/en/cart", signedIn.Headers.Location!.OriginalString);

        var bag = Assert.Single(await BagsOfAsync(email));
        var quantities = new Dictionary<string, int>();
        foreach (var line in bag.Lines)
        {
            quantities[await SkuCodeAsync(line.SkuId)] = line.Quantity;
        }

        Assert.Equal(new Dictionary<string, int> { [first] = 2, [second] = 1 }, quantities);
        var page = WebUtility.HtmlDecode(await laptop.Client.GetStringAsync("/en/cart"));
        Assert.Equal(2, page.Split("class=\"bag-line\"").Length - 1);

        var signedOut = await laptop.SubmitAsync("/en/account", "SignOut", []);
        Assert.Contains(signedOut.Headers.GetValues("Set-Cookie"), c => c.StartsWith("vetrina_cart=;", StringComparison.Ordinal));
    }

    [Fact]
    public async Task BadSignUpsAndSignIns_AreExplainedInTheShoppersLanguage()
    {
        var email = $"shopper-{Guid.NewGuid():N}@example.com";
        var device = new StaffSession(app);
        await Refused(device.SubmitAsync("/ko/account/register", null, new() { ["Email"] = "not-an-email", ["Password"] = Password }), "이메일을 입력해 주세요");
        await Refused(device.SubmitAsync("/en/account/register", null, new() { ["Email"] = email, ["Password"] = "short" }), "at least 12 characters");
        await device.SubmitAsync("/en/account/register", null, new() { ["Email"] = email, ["Password"] = Password });
        var other = new StaffSession(app);
        await Refused(other.SubmitAsync("/it/account/register", null, new() { ["Email"] = email, ["Password"] = Password }), "Esiste già un account");
        await Refused(other.SubmitAsync("/en/account/sign-in", null, new() { ["Email"] = email, ["Password"] = "wrong password here" }), "The email or password is not right");
        Assert.Equal(HttpStatusCode.Redirect, (await other.Client.GetAsync("/en/account")).StatusCode);
    }

    [Fact]
    public async Task RepeatedWrongPasswords_AskTheShopperToWait_InTheirLanguage_WithoutLockingTheAccount()
    {
        var email = $"ripetuta.{Guid.NewGuid():N}@example.com";
        // Time stands still here unless moved: a slow machine does not let the wait run out between two posts.
        using var replay = Vetrina.Kernel.Time.ReplayableClock.Begin(DateTimeOffset.UtcNow);
        await new StaffSession(app).SubmitAsync("/it/account/register", null, new() { ["Email"] = email, ["Password"] = Password });
        var guesser = new StaffSession(app);
        guesser.Client.DefaultRequestHeaders.Add("X-Forwarded-For", "203.0.113.77");
        for (var i = 0; i < 5; i++)
        {
            await Refused(guesser.SubmitAsync("/it/account/sign-in", null, new() { ["Email"] = email, ["Password"] = "wrong password here" }), "Email o password non corrette");
        }

        var slowed = await guesser.SubmitAsync("/it/account/sign-in", null, new() { ["Email"] = email, ["Password"] = Password });
        Assert.Equal(HttpStatusCode.TooManyRequests, slowed.StatusCode);
        Assert.Equal("1", slowed.Headers.GetValues("Retry-After").Single());
        Assert.Contains("Troppi tentativi: attendi 1 secondo e riprova.", WebUtility.HtmlDecode(await slowed.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        // From elsewhere the right password works at once, and from here once the wait is over: the account is not locked.
        var owner = new StaffSession(app);
        owner.Client.DefaultRequestHeaders.Add("X-Forwarded-For", "198.51.100.77");
        Assert.Equal(HttpStatusCode.Redirect, (await owner.SubmitAsync("/it/account/sign-in", null, new() { ["Email"] = email, ["Password"] = Password })).StatusCode);
        replay.Now += TimeSpan.FromSeconds(1);
        Assert.Equal(HttpStatusCode.Redirect, (await guesser.SubmitAsync("/it/account/sign-in", null, new() { ["Email"] = email, ["Password"] = Password })).StatusCode);
    }

    [Fact]
    public async Task AForgottenPassword_IsResetThroughAnEmailedLinkThatWorksOnce_AndUnknownEmailsLearnNothing()
    {
        var email = $"dimenticata.{Guid.NewGuid():N}@example.com";
        var device = new StaffSession(app);
        await device.SubmitAsync("/it/account/register", null, new() { ["Email"] = email, ["Password"] = Password });
        var stranger = $"nobody.{Guid.NewGuid():N}@example.com";

        var unknown = await (await device.SubmitAsync("/it/account/forgot", null, new() { ["Email"] = stranger })).Content.ReadAsStringAsync();
        var known = await (await device.SubmitAsync("/it/account/forgot", null, new() { ["Email"] = email })).Content.ReadAsStringAsync();
        Assert.Contains("Se esiste un account con questa email", unknown, StringComparison.Ordinal);
        Assert.Contains("Se esiste un account con questa email", known, StringComparison.Ordinal);

        var mail = Assert.Single(await SmtpSink.Shared.WaitForAsync(email));
        Assert.Empty(SmtpSink.Shared.To(stranger));
        var link = new Uri(System.Text.RegularExpressions.Regex.Match(mail.TextBody!, @"https?://\S+/it/account/reset\?\S+").Value);
        var reset = link.PathAndQuery;
        var newPassword = "a brand new linen password";
        var changed = await device.SubmitAsync(reset, null, new() { ["Password"] = newPassword });
        Assert.Contains("Password cambiata", await changed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var again = await device.SubmitAsync(reset, null, new() { ["Password"] = "yet another long password" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, again.StatusCode);
        Assert.Contains("Il link è scaduto", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var fresh = new StaffSession(app);
        var old = await fresh.SubmitAsync("/it/account/sign-in", null, new() { ["Email"] = email, ["Password"] = Password });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, old.StatusCode);
        var signedIn = await fresh.SubmitAsync("/it/account/sign-in", null, new() { ["Email"] = email, ["Password"] = newPassword });
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
    }

    private static async Task Refused(Task<HttpResponseMessage> submit, string message)
    {
        var response = await submit;
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains(message, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    private Task<List<ShoppingCart>> BagsOfAsync(string email) => app.WithDbAsync(async db =>
    {
        var id = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
        return await db.Set<ShoppingCart>().Include(c => c.Lines).Where(c => c.CustomerId == id).ToListAsync();
    });

    private Task<string> SkuCodeAsync(int skuId) => app.WithDbAsync(db => db.Set<Sku>().Where(k => k.Id == skuId).Select(k => k.Code).SingleAsync());

    /// <summary>A full-price SKU with at least 3 units online.</summary>
    private Task<string> SkuAsync(int skip) => app.WithDbAsync(async db =>
    {
        var stocked = await db.Set<StockLevel>().Where(l => l.LocationCode == "WH-MI" && l.OnHand - l.Reserved >= 3).Select(l => l.SkuId).ToListAsync();
        var skus = await db.Set<Style>().Where(s => s.Lifecycle == Lifecycle.FullPrice).OrderBy(s => s.Id)
            .SelectMany(s => s.Colourways).SelectMany(c => c.Skus).Select(k => new { k.Id, k.Code }).ToListAsync();
        return skus.Where(k => stocked.Contains(k.Id)).Skip(skip * 5).First().Code;
    });

    private static FormUrlEncodedContent Form(params (string Key, string Value)[] fields) =>
        new(fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value)));
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteCustomerAccountTests(SqliteAppFixture fixture) : CustomerAccountContract(fixture);

[Collection(PostgresCollection.Name)]
public sealed class PostgreSqlCustomerAccountTests(PostgresAppFixture fixture) : CustomerAccountContract(fixture);
