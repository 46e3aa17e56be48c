using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vetrina.Catalog.Domain;
using Vetrina.Inventory.Domain;
using Vetrina.Orders.Domain;
using Vetrina.Payments.TestNetwork;
using Vetrina.Catalog.Contracts;

namespace Vetrina.IntegrationTests;

/// <summary>The checkout page: a double submit makes one order, a changed total is shown rather than charged, mistakes are named field by field.</summary>
public abstract partial class CheckoutPageContract(AppFixture fixture)
{
    private readonly VetrinaApp app = fixture.App;

    [Fact]
    public async Task SubmittingTheSameFormTwice_PlacesOneOrder_AndBothLandOnItsConfirmation()
    {
        var session = await BagAsync(pick: 0);
        var form = await CheckoutFormAsync(session);
        var email = $"doppio.{Guid.NewGuid():N}@example.com";
        var fields = Fields(form, email);

        var first = await session.Client.PostAsync("/it/checkout", new FormUrlEncodedContent(fields));
        var second = await session.Client.PostAsync("/it/checkout", new FormUrlEncodedContent(fields));

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(first.Headers.Location, second.Headers.Location);
        Assert.Matches("^/it/account/orders/VT-[0-9]+\\?key=[0-9a-f]{32}&placed=1$", first.Headers.Location!.OriginalString);
        Assert.Equal(1, await app.WithDbAsync(db => db.Set<Order>().CountAsync(o => o.Email == email)));
        var confirmation = await session.Client.GetStringAsync(first.Headers.Location);
        Assert.Contains("Grazie! Il tuo ordine è confermato.", confirmation, StringComparison.Ordinal);
        Assert.Contains("Via Brera 12", confirmation, StringComparison.Ordinal);
        // Coming back later (from the email's link) shows the order and its status without thanking again.
        var later = await session.Client.GetStringAsync(first.Headers.Location.OriginalString.Replace("&placed=1", "", StringComparison.Ordinal));
        Assert.DoesNotContain("Grazie!", later, StringComparison.Ordinal);
        Assert.Contains("id=\"order-status\"", later, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound,
            (await session.Client.GetAsync(first.Headers.Location.OriginalString.Split('?')[0] + "?key=" + new string('0', 32))).StatusCode);
    }

    [Fact]
    public async Task ATotalThatChangedSinceThePageWasShown_IsShownToTheShopper_AndNothingIsCharged()
    {
        var session = await BagAsync(pick: 1);
        var form = await CheckoutFormAsync(session);
        var email = $"cambiato.{Guid.NewGuid():N}@example.com";
        var fields = Fields(form, email);
        fields["Totals[IT-STD]"] = "1.00";

        var response = await session.Client.PostAsync("/it/checkout", new FormUrlEncodedContent(fields));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Il totale è cambiato", html, StringComparison.Ordinal);
        Assert.DoesNotContain(TestCards.Approved, html, StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.Set<Order>().AnyAsync(o => o.Email == email)));
    }

    [Fact]
    public async Task MistakesAreNamedFieldByField_InTheShoppersLanguage()
    {
        var session = await BagAsync(pick: 2);
        var form = await CheckoutFormAsync(session);
        var fields = Fields(form, "not an email");
        fields["Shipping.PostalCode"] = "201";
        fields["Shipping.Region"] = "Lombardia";
        fields.Remove("AcceptTerms");

        var response = await session.Client.PostAsync("/it/checkout", new FormUrlEncodedContent(fields));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Controlla il CAP", html, StringComparison.Ordinal);
        Assert.Contains("sigla della provincia", html, StringComparison.Ordinal);
        Assert.Contains("Accetta le condizioni di vendita", html, StringComparison.Ordinal);
        Assert.Matches("id=\"f-shippingAddress-postalCode\"[^>]*aria-invalid=\"true\"", html);
        Assert.Contains("value=\"Via Brera 12\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnEuShopper_IsToldOfEmailsAboutSimilarProducts_AndMaySayNoRightThere()
    {
        var session = await BagAsync(pick: 4);
        var html = await session.Client.GetStringAsync("/it/checkout");
        Assert.Contains("potresti ricevere di tanto in tanto un&#x27;email su prodotti simili", html, StringComparison.Ordinal);
        Assert.Matches("<input type=\"checkbox\" name=\"NoSimilarProductEmails\" value=\"true\"(?! checked)", html);
        var email = $"no.grazie.{Guid.NewGuid():N}@example.com";
        var fields = Fields(await CheckoutFormAsync(session), email);
        fields["NoSimilarProductEmails"] = "true";

        Assert.Equal(HttpStatusCode.Redirect, (await session.Client.PostAsync("/it/checkout", new FormUrlEncodedContent(fields))).StatusCode);

        var record = Assert.Single(await app.ConsentsOfAsync(email));
        Assert.Equal(("similar-products-email", Vetrina.Privacy.Contracts.ConsentDecision.Withdrawn, "objection", "similar-products-email/2026-11", "IT"),
            (record.Purpose, record.Decision, record.Source, record.TextVersion, record.Country));
        Assert.StartsWith("order:", record.Reference, StringComparison.Ordinal);

        // The international market ships to EU countries too, so its checkout asks as well; the Korean one does not (browser journey).
        var abroad = await BagAsync(pick: 5, market: "INTL");
        Assert.Contains("Don&#x27;t email me about similar products either", await abroad.Client.GetStringAsync("/en/checkout"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACustomersAddresses_AreKeptFromTheirOrders_FilledInAtCheckout_AndTheirsAlone()
    {
        var session = await BagAsync(pick: 3);
        var email = $"rubrica.{Guid.NewGuid():N}@example.com";
        Assert.Equal(HttpStatusCode.Redirect, (await session.SubmitAsync("/it/account/register", null,
            new() { ["Email"] = email, ["Password"] = "blue linen summer shirt" })).StatusCode);
        var page = "/it/account/addresses";
        var seoul = new Dictionary<string, string>
        {
            ["Address.Name"] = "김민지", ["Address.Country"] = "KR", ["Address.Line1"] = "서울특별시 성동구 성수이로 78", ["Address.PostalCode"] = "0478",
        };
        var refused = await session.SubmitAsync(page, "Save", new(seoul));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Matches("id=\"f-address-postalCode\"[^>]*aria-invalid=\"true\"", await refused.Content.ReadAsStringAsync());
        seoul["Address.PostalCode"] = "04782";
        Assert.Equal($"{page}?done=saved", (await session.SubmitAsync(page, "Save", new(seoul))).Headers.Location!.OriginalString);

        // Italy does not deliver to Seoul: checkout leaves the Italian form empty, and the order's address is kept.
        var form = await CheckoutFormAsync(session);
        Assert.DoesNotContain("성수이로", await session.Client.GetStringAsync("/it/checkout"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await session.Client.PostAsync("/it/checkout", new FormUrlEncodedContent(Fields(form, email)))).StatusCode);
        var book = await BookAsync(email);
        Assert.Equal(2, book.Count);
        Assert.True(book.Single(a => a.Address.CountryCode == "KR").IsDefault);
        var milan = book.Single(a => a.Address.CountryCode == "IT");

        await session.Client.PostAsync("/it/cart?handler=Add", new FormUrlEncodedContent([new("sku", await FirstSkuAsync(3)), new("quantity", "1")]));
        Assert.Contains("value=\"Via Brera 12\"", await session.Client.GetStringAsync("/it/checkout"), StringComparison.Ordinal);
        await session.SubmitAsync("/it/checkout", null, Fields(await CheckoutFormAsync(session), email));
        Assert.Equal(2, (await BookAsync(email)).Count);

        var stranger = new StaffSession(app);
        await stranger.SubmitAsync("/it/account/register", null, new() { ["Email"] = $"altro.{Guid.NewGuid():N}@example.com", ["Password"] = "blue linen summer shirt" });
        await stranger.SubmitAsync($"{page}", $"Delete&id={milan.Id}", []);
        Assert.Equal(2, (await BookAsync(email)).Count);

        await session.SubmitAsync(page, $"Default&id={milan.Id}", []);
        await session.SubmitAsync(page, $"Delete&id={book.Single(a => a.Address.CountryCode == "KR").Id}", []);
        var left = Assert.Single(await BookAsync(email));
        Assert.True(left.IsDefault);
        Assert.Contains("Via Brera 12", await session.Client.GetStringAsync(page), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnotherCustomer_NeitherSeesNorChanges_ACustomersOrder_Request_OrAddresses()
    {
        var owner = await BagAsync(pick: 5);
        var email = $"proprietaria.{Guid.NewGuid():N}@example.com";
        await owner.SubmitAsync("/it/account/register", null, new() { ["Email"] = email, ["Password"] = "blue linen summer shirt" });
        var placed = await owner.Client.PostAsync("/it/checkout", new FormUrlEncodedContent(Fields(await CheckoutFormAsync(owner), email)));
        var number = placed.Headers.Location!.OriginalString.Split('?')[0].Split('/')[^1];
        Assert.Contains("Via Brera 12", await owner.Client.GetStringAsync($"/it/account/orders/{number}"), StringComparison.Ordinal);
        await owner.SubmitAsync("/it/pages/contact", null, new() { ["Name"] = "Giulia Neri", ["Email"] = email, ["Topic"] = "Other", ["order"] = number, ["Message"] = "Posso cambiare indirizzo?" });
        var ticket = await app.WithDbAsync(db => db.Set<Vetrina.Helpdesk.Domain.Ticket>().Where(t => t.Email == email).Select(t => t.Number).SingleAsync());
        var address = Assert.Single(await BookAsync(email));
        var messages = await app.WithDbAsync(db => db.Set<Vetrina.Helpdesk.Domain.Ticket>().Where(t => t.Email == email).SelectMany(t => t.Messages).CountAsync());

        var stranger = new StaffSession(app);
        await stranger.SubmitAsync("/it/account/register", null, new() { ["Email"] = $"estranea.{Guid.NewGuid():N}@example.com", ["Password"] = "blue linen summer shirt" });
        var anonymous = new StaffSession(app);
        foreach (var other in new[] { stranger, anonymous })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await other.Client.GetAsync($"/it/account/orders/{number}")).StatusCode);
            var thread = await other.Client.GetAsync($"/it/account/requests/{ticket}");
            Assert.True(thread.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Redirect, $"{thread.StatusCode}");
            Assert.DoesNotContain("Posso cambiare indirizzo", await thread.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            // Posts with a valid antiforgery token of the caller's own (from a page anyone may open), aimed at the owner's things.
            var token = System.Net.WebUtility.HtmlDecode(AntiforgeryField().Match(await other.Client.GetStringAsync("/it/pages/contact")).Groups[1].Value);
            var reply = await other.Client.PostAsync($"/it/account/requests/{ticket}",
                new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("Reply", "Sì, ecco il nuovo indirizzo.")]));
            Assert.True(reply.StatusCode != HttpStatusCode.Redirect || reply.Headers.Location!.OriginalString.Contains("sign-in", StringComparison.Ordinal), $"{reply.StatusCode} {reply.Headers.Location}");
            await other.Client.PostAsync($"/it/account/addresses?handler=Delete&id={address.Id}", new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));
            // The withdrawal form wants the order's email as well as its number: the number alone shows nothing.
            var review = await other.SubmitAsync("/it/withdrawal", "Review", new() { ["Name"] = "Estranea", ["OrderNumber"] = number, ["Email"] = "estranea@example.com" });
            Assert.DoesNotContain("Via Brera", await review.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        Assert.Equal(address.Id, Assert.Single(await BookAsync(email)).Id);
        Assert.Equal(messages, await app.WithDbAsync(db => db.Set<Vetrina.Helpdesk.Domain.Ticket>().Where(t => t.Email == email).SelectMany(t => t.Messages).CountAsync()));
        Assert.Contains("Posso cambiare indirizzo", await owner.Client.GetStringAsync($"/it/account/requests/{ticket}"), StringComparison.Ordinal);
    }

    /// <summary>The customer's address book, read through the Customers module's contract.</summary>
    private async Task<IReadOnlyList<Customers.Contracts.SavedAddressView>> BookAsync(string email)
    {
        var user = await app.WithDbAsync(db => db.Users.SingleAsync(u => u.Email == email));
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<Customers.Contracts.IAddressBook>().ListAsync(user.Id);
    }

    private Task<string> FirstSkuAsync(int pick) => app.WithDbAsync(async db =>
    {
        var style = await db.Set<Style>().Where(s => s.Lifecycle == Lifecycle.FullPrice).OrderBy(s => s.Id).Skip(49 + pick).Select(s => s.Id).FirstAsync();
        return await db.Set<Style>().Where(s => s.Id == style).SelectMany(s => s.Colourways).SelectMany(c => c.Skus).OrderBy(k => k.Id)
            .Select(k => k.Code).FirstAsync();
    });

    private static Dictionary<string, string> Fields(CheckoutForm form, string email) => new()
    {
        ["__RequestVerificationToken"] = form.Antiforgery,
        ["Token"] = form.Token,
        ["Totals[IT-STD]"] = form.Total,
        ["Email"] = email,
        ["Shipping.Name"] = "Giulia Rossi",
        ["Shipping.Country"] = "IT",
        ["Shipping.Line1"] = "Via Brera 12",
        ["Shipping.City"] = "Milano",
        ["Shipping.Region"] = "MI",
        ["Shipping.PostalCode"] = "20121",
        ["BillingSame"] = "true",
        ["ShippingMethod"] = "IT-STD",
        ["CardNumber"] = TestCards.Approved,
        ["ExpiryMonth"] = "12",
        ["ExpiryYear"] = (DateTime.UtcNow.Year + 2).ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Cvc"] = "123",
        ["AcceptTerms"] = "true",
    };

    private sealed record CheckoutForm(string Antiforgery, string Token, string Total);

    private static async Task<CheckoutForm> CheckoutFormAsync(StaffSession session)
    {
        var html = await session.Client.GetStringAsync("/it/checkout");
        return new CheckoutForm(
            WebUtility.HtmlDecode(AntiforgeryField().Match(html).Groups[1].Value),
            TokenField().Match(html).Groups[1].Value,
            TotalField().Match(html).Groups[1].Value);
    }

    /// <summary>A browser session with one unit of a stocked full-price SKU in its bag, in the Italian market unless told.</summary>
    private async Task<StaffSession> BagAsync(int pick, string market = "IT")
    {
        var sku = await app.WithDbAsync(async db =>
        {
            var location = await db.Set<StockLocation>().Where(l => l.FulfilsOnline).Select(l => l.Code).FirstAsync();
            var style = await db.Set<Style>().Include(s => s.Colourways).ThenInclude(c => c.Skus).Where(s => s.Lifecycle == Lifecycle.FullPrice)
                .OrderBy(s => s.Id).Skip(49 + pick).FirstAsync();
            var chosen = style.Colourways.SelectMany(c => c.Skus).OrderBy(k => k.Id).First();
            await db.Set<StockLevel>().Where(l => l.SkuId == chosen.Id && l.LocationCode == location)
                .ExecuteUpdateAsync(set => set.SetProperty(l => l.OnHand, l => l.Reserved + 5));
            return chosen.Code;
        });
        var session = new StaffSession(app);
        session.Client.DefaultRequestHeaders.Add("Cookie", $"vetrina_market={market}");
        var added = await session.Client.PostAsync($"/{(market == "IT" ? "it" : "en")}/cart?handler=Add", new FormUrlEncodedContent([new("sku", sku), new("quantity", "1")]));
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        return session;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();

    [GeneratedRegex("name=\"Token\" value=\"([0-9a-f]+)\"")]
    private static partial Regex TokenField();

    [GeneratedRegex("name=\"Totals\\[IT-STD\\]\" value=\"([0-9.]+)\"")]
    private static partial Regex TotalField();
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteCheckoutPageTests(SqliteAppFixture fixture) : CheckoutPageContract(fixture);

[Collection(PostgresCollection.Name)]
public sealed class PostgreSqlCheckoutPageTests(PostgresAppFixture fixture) : CheckoutPageContract(fixture);
