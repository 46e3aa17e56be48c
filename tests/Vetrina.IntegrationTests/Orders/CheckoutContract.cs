using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Vetrina.Inventory.Domain;
using Vetrina.Messaging.Contracts;
using Vetrina.Messaging.Delivery;
using Vetrina.Messaging.Outbox;
using Vetrina.Orders.Contracts;
using Vetrina.Orders.Domain;
using Vetrina.Orders.Expiry;
using Vetrina.Payments.TestNetwork;
using static Vetrina.IntegrationTests.Shopper;

namespace Vetrina.IntegrationTests;

/// <summary>Checkout through the API: one order and one charge per key, never more orders than units, nothing half-made.</summary>
public abstract class CheckoutContract(AppFixture fixture)
{
    private readonly VetrinaApp app = fixture.App;

    [Fact]
    public async Task Quote_InKorea_IsInWholeWon_WithShippingOptions_AndTheVatItIncludes()
    {
        var (sku, _) = await app.SkuWithUnitsAsync(5, pick: 40);
        using var client = app.CreateClient();
        var cart = await CartAsync(client, "KR", sku, 1);

        var quote = await QuoteAsync(client, cart, "KR-EXP");

        Assert.Equal("KRW", quote.GetProperty("currency").GetString());
        var total = quote.GetProperty("total").GetProperty("amount").GetDecimal();
        Assert.Equal(decimal.Truncate(total), total);
        Assert.Equal(quote.GetProperty("subtotal").GetProperty("amount").GetDecimal() + 8000, total);
        Assert.Equal(["KR-STD", "KR-EXP", "KR-SEONGSU"], quote.GetProperty("shippingOptions").EnumerateArray().Select(o => o.GetProperty("code").GetString()));
        var vat = Assert.Single(quote.GetProperty("vat").EnumerateArray());
        Assert.Equal(10m, vat.GetProperty("ratePercent").GetDecimal());
        Assert.Equal(Math.Round(total - total / 1.1m), vat.GetProperty("vat").GetProperty("amount").GetDecimal(), 0);
    }

    [Fact]
    public async Task PlacingAnOrder_HoldsItsStock_AuthorisesTheCard_EmptiesTheBag_AndMailsTheShopperInTheirLanguage()
    {
        var (sku, skuId) = await app.SkuWithUnitsAsync(4, pick: 41);
        using var client = app.CreateClient();
        var cart = await CartAsync(client, "IT", sku, 2);
        var total = await TotalAsync(client, cart, "IT-STD");
        var email = $"giulia.{Guid.NewGuid():N}@example.com";

        var response = await PlaceAsync(client, Guid.NewGuid().ToString(), Body(cart, "IT", "it", email, ItalianAddress, "IT-STD", total, marketingConsent: true));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var order = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Authorised", order.GetProperty("status").GetString());
        Assert.Equal(["Placed", "Authorised"], order.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("to").GetString()));
        Assert.Equal("provider:test", order.GetProperty("history")[1].GetProperty("actor").GetString());
        var number = order.GetProperty("number").GetString()!;
        Assert.Matches(@"^VT-1\d{5,}$", number);
        Assert.Equal(2, await ReservedAsync(skuId));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/carts/{cart}")).StatusCode);
        var consent = Assert.Single(await app.ConsentsOfAsync(email));
        Assert.Equal(("marketing-email", Vetrina.Privacy.Contracts.ConsentDecision.Given, "checkout", "marketing-email/2026-11"),
            (consent.Purpose, consent.Decision, consent.Source, consent.TextVersion));

        var mail = Assert.Single(await SmtpSink.Shared.WaitForAsync(email));
        Assert.Contains(number, mail.Subject, StringComparison.Ordinal);
        Assert.StartsWith("Conferma", mail.Subject, StringComparison.Ordinal);
        Assert.True(await TestDkim.VerifyAsync(mail), "order email is DKIM-signed too");
        // Delivered in Italy: the right of withdrawal, the withdrawal function's address and the model form, in Italian.
        Assert.Contains("Diritto di recesso: puoi recedere da questo acquisto entro 14 giorni", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("/it/withdrawal", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("Modulo di recesso tipo", mail.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("Destinatario: Vetrina S.r.l., Via della Moda 1, 20121 Milano, Italia", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("Via Brera 12", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains($"/it/account/orders/{number}?key=", mail.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheSameKeyTwice_GivesOneOrderAndOneCharge_AndTheSameKeyWithAnotherBodyIsRefused()
    {
        var (sku, _) = await app.SkuWithUnitsAsync(5, pick: 42);
        using var client = app.CreateClient();
        var cart = await CartAsync(client, "IT", sku, 1);
        var total = await TotalAsync(client, cart, "IT-STD");
        var email = $"twice.{Guid.NewGuid():N}@example.com";
        var key = Guid.NewGuid().ToString();
        // The body leaves the market out (it is the bag's), as a client may: the retries after the bag is gone still match it.
        var body = Body(cart, null, "en", email, ItalianAddress, "IT-STD", total);

        var responses = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => PlaceAsync(client, key, body)));
        var again = await PlaceAsync(client, key, body);
        var other = await PlaceAsync(client, key, Body(cart, "IT", "en", "someone.else@example.com", ItalianAddress, "IT-STD", total));

        Assert.Equal(1, responses.Count(r => r.StatusCode == HttpStatusCode.Created));
        Assert.All(responses.Where(r => r.StatusCode != HttpStatusCode.Created), r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal("true", again.Headers.GetValues("Idempotent-Replayed").Single());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, other.StatusCode);
        var numbers = await Task.WhenAll(responses.Append(again).Select(async r => (await r.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("number").GetString()));
        Assert.Single(numbers.Distinct());
        var orders = await app.WithDbAsync(db => db.Set<Order>().Where(o => o.Email == email).Select(o => o.Id).ToListAsync());
        var orderId = Assert.Single(orders);
        var paymentKey = await app.WithDbAsync(db => db.Set<OrderPayment>().Where(p => p.OrderId == orderId).Select(p => p.Id).SingleAsync());
        Assert.Equal(1, await app.WithDbAsync(db => db.Set<TestCharge>().CountAsync(c => c.IdempotencyKey == paymentKey.ToString("N"))));
        Assert.Single(await SmtpSink.Shared.WaitForAsync(email));
    }

    [Fact]
    public async Task OrdersWhoseAuthorisationAnswerWasLost_AreSettledWithTheProviderAfterHalfAMinute_NotWhenTheWindowCloses()
    {
        var (sku, skuId) = await app.SkuWithUnitsAsync(5, pick: 7, lifecycle: Vetrina.Catalog.Contracts.Lifecycle.NewIn);
        using var client = app.CreateClient();
        var card = new Vetrina.Payments.Contracts.CardDetails(TestCards.Approved, 12, DateTime.UtcNow.Year + 2, "123", null);
        var address = new Vetrina.Kernel.Addresses.AddressInput("Giulia Rossi", "Via Brera 12", null, "Milano", "MI", "20121", "IT", "+39 02 1234567");
        async Task<(Order Order, Guid PaymentId, string Email)> PlaceWithoutAnswerAsync()
        {
            var cart = await CartAsync(client, "IT", sku, 1);
            var email = $"stranded.{Guid.NewGuid():N}@example.com";
            await using var scope = app.Services.CreateAsyncScope();
            var placed = await scope.ServiceProvider.GetRequiredService<Vetrina.Orders.Checkout.OrderPlacement>().PlaceAsync(
                new CheckoutInput(cart, "IT", "it", email, address, null, "IT-STD", false, true, card, await TotalAsync(client, cart, "IT-STD")),
                $"api:{Guid.NewGuid()}", null, "api");
            Assert.Equal(PlacementStatus.Placed, placed.Status);
            return (placed.Order!, placed.Payment!.Id, email);
        }

        // The node sent the first authorisation and died before recording the answer; it died before sending the second.
        var (paid, paidKey, paidEmail) = await PlaceWithoutAnswerAsync();
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var authorised = await scope.ServiceProvider.GetRequiredService<Vetrina.Payments.Contracts.IPaymentProvider>().AuthoriseAsync(
                new Vetrina.Payments.Contracts.AuthorisationRequest(paidKey.ToString("N"), paid.AmountDue,
                    "Vetrina", card, "", "it"), default);
            Assert.Equal(Vetrina.Payments.Contracts.ProviderStatus.Authorised, authorised.Status);
        }

        var (lost, _, _) = await PlaceWithoutAnswerAsync();
        var expiry = app.Services.GetRequiredService<UnpaidOrderExpiry>();
        await expiry.SettleStrandedAsync(default);
        Assert.Equal(OrderStatus.Placed, await StatusAsync(paid.Id));
        // Half a minute later (the orders are made older, so that the confirmation is queued in real time and goes now).
        await app.WithDbAsync(db => db.Set<Order>().Where(o => o.Id == paid.Id || o.Id == lost.Id)
            .ExecuteUpdateAsync(set => set.SetProperty(o => o.PlacedAt, DateTimeOffset.UtcNow.AddSeconds(-31))));
        await expiry.SettleStrandedAsync(default);

        Assert.Equal(OrderStatus.Authorised, await StatusAsync(paid.Id));
        Assert.StartsWith("Conferma", Assert.Single(await SmtpSink.Shared.WaitForAsync(paidEmail)).Subject, StringComparison.Ordinal);
        Assert.Equal(OrderStatus.Cancelled, await StatusAsync(lost.Id));
        Assert.Equal(1, await ReservedAsync(skuId));
        Assert.Equal(1, await app.WithDbAsync(db => db.Set<TestCharge>().CountAsync(c => c.IdempotencyKey == paidKey.ToString("N"))));
    }

    private Task<OrderStatus> StatusAsync(long orderId) => app.WithDbAsync(db => db.Set<Order>().Where(o => o.Id == orderId).Select(o => o.Status).SingleAsync());

    [Fact]
    public async Task ADeclinedCard_CancelsTheOrder_ReleasesTheStock_AndKeepsTheBag()
    {
        var (sku, skuId) = await app.SkuWithUnitsAsync(3, pick: 43);
        using var client = app.CreateClient();
        var cart = await CartAsync(client, "IT", sku, 1);
        var total = await TotalAsync(client, cart, "IT-STD");

        var response = await PlaceAsync(client, Guid.NewGuid().ToString(),
            Body(cart, "IT", "en", "declined@example.com", ItalianAddress, "IT-STD", total, card: TestCards.InsufficientFunds));

        Assert.Equal(HttpStatusCode.PaymentRequired, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("insufficient_funds", problem.GetProperty("declineCode").GetString());
        Assert.Equal(0, await ReservedAsync(skuId));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/v1/carts/{cart}")).StatusCode);
        var status = await app.WithDbAsync(db => db.Set<Order>().Where(o => o.CartId == cart).Select(o => o.Status).SingleAsync());
        Assert.Equal(OrderStatus.Cancelled, status);
    }

    [Fact]
    public async Task AThreeDSecureChallenge_HoldsTheOrderUntilTheShopperAnswers()
    {
        var (sku, skuId) = await app.SkuWithUnitsAsync(3, pick: 44);
        using var client = app.CreateClient(new() { AllowAutoRedirect = false });
        var cart = await CartAsync(client, "KR", sku, 1);
        var total = await TotalAsync(client, cart, "KR-STD");

        var response = await PlaceAsync(client, Guid.NewGuid().ToString(),
            Body(cart, "KR", "ko", "challenge@example.com", KoreanAddress, "KR-STD", total, card: TestCards.ChallengeRequired));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var order = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Placed", order.GetProperty("status").GetString());
        var actionUrl = order.GetProperty("payment").GetProperty("actionUrl").GetString()!;
        var challenge = await client.GetStringAsync(actionUrl);
        Assert.Contains("3-D Secure", challenge, StringComparison.Ordinal);
        Assert.Contains("승인", challenge, StringComparison.Ordinal);
        Assert.Equal(1, await ReservedAsync(skuId));

        var answer = await client.PostAsync(actionUrl, new FormUrlEncodedContent([new("decision", "approve")]));
        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        var page = answer.Headers.Location!.OriginalString;
        Assert.StartsWith($"/ko/account/orders/{order.GetProperty("number").GetString()}?key=", page, StringComparison.Ordinal);
        var key = page[(page.IndexOf("key=", StringComparison.Ordinal) + 4)..];
        var settled = await client.GetFromJsonAsync<JsonElement>($"/api/v1/orders/{order.GetProperty("number").GetString()}?key={key}");
        Assert.Equal("Authorised", settled.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/orders/{order.GetProperty("number").GetString()}?key=wrong")).StatusCode);
    }

    [Fact]
    public async Task AnUnansweredChallenge_ExpiresAfterThePaymentWindow_ReleasingTheStockAndVoidingTheCharge()
    {
        var (sku, skuId) = await app.SkuWithUnitsAsync(2, pick: 45);
        using var client = app.CreateClient();
        var cart = await CartAsync(client, "IT", sku, 2);
        var total = await TotalAsync(client, cart, "IT-STD");
        var email = $"gone.{Guid.NewGuid():N}@example.com";
        var response = await PlaceAsync(client, Guid.NewGuid().ToString(),
            Body(cart, "IT", "en", email, ItalianAddress, "IT-STD", total, card: TestCards.ChallengeRequired));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(2, await ReservedAsync(skuId));
        await app.WithDbAsync(db => db.Set<Order>().Where(o => o.Email == email)
            .ExecuteUpdateAsync(set => set.SetProperty(o => o.PaymentDueBy, DateTimeOffset.UtcNow.AddMinutes(-1))));

        await app.Services.GetRequiredService<UnpaidOrderExpiry>().ExpireDueAsync(CancellationToken.None);

        var order = await app.WithDbAsync(db => db.Set<Order>().Include(o => o.Transitions).SingleAsync(o => o.Email == email));
        Assert.Equal(OrderStatus.Cancelled, order.Status);
        Assert.Contains("payment_timeout", order.Transitions.OrderBy(t => t.Id).Last().Note, StringComparison.Ordinal);
        Assert.Equal(0, await ReservedAsync(skuId));
        var paymentKey = await app.WithDbAsync(db => db.Set<OrderPayment>().Where(p => p.OrderId == order.Id).Select(p => p.Id).SingleAsync());
        var charge = await app.WithDbAsync(db => db.Set<TestCharge>().SingleAsync(c => c.IdempotencyKey == paymentKey.ToString("N")));
        Assert.Equal(TestChargeStatus.Voided, charge.Status);
        Assert.Contains("cancel", Assert.Single(await SmtpSink.Shared.WaitForAsync(email)).Subject, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task StockHeldForAnOrderThatWasNeverWritten_IsReleasedByTheSweep_AndOrdersKeepTheirs()
    {
        var (sku, skuId) = await app.SkuWithUnitsAsync(5, pick: 49);
        using var client = app.CreateClient();
        var cart = await CartAsync(client, "IT", sku, 1);
        Assert.Equal(HttpStatusCode.Created, (await PlaceAsync(client, Guid.NewGuid().ToString(),
            Body(cart, "IT", "en", $"kept.{Guid.NewGuid():N}@example.com", ItalianAddress, "IT-STD", await TotalAsync(client, cart, "IT-STD")))).StatusCode);
        var orphan = $"{Vetrina.Orders.Checkout.OrderPlacement.HoldPrefix}{Guid.NewGuid():N}";
        await using (var scope = app.Services.CreateAsyncScope())
        {
            Assert.True((await scope.ServiceProvider.GetRequiredService<Vetrina.Inventory.Reservations.StockReservations>()
                .ReserveAsync([new(skuId, 2)], orphan)).Reserved);
        }

        Assert.Equal(3, await ReservedAsync(skuId));
        // As if the node had died an hour ago, between holding the stock and writing the order.
        await app.WithDbAsync(db => db.Set<StockMovement>().Where(m => m.SkuId == skuId && m.Kind == MovementKind.Reservation)
            .ExecuteUpdateAsync(set => set.SetProperty(m => m.At, DateTimeOffset.UtcNow.AddHours(-1))));

        await app.Services.GetRequiredService<UnpaidOrderExpiry>().ReleaseOrphanHoldsAsync(CancellationToken.None);

        Assert.Equal(1, await ReservedAsync(skuId));
        // Released, the hold holds nothing: the next sweep passes it over.
        Assert.Equal(0, await app.Services.GetRequiredService<UnpaidOrderExpiry>().ReleaseOrphanHoldsAsync(CancellationToken.None));
        Assert.Equal(1, await app.WithDbAsync(db => db.Set<StockMovement>().Where(m => m.SkuId == skuId).SumAsync(m => m.ReservedDelta)));
    }

    [Fact]
    public async Task ClickAndCollect_NeedsNoDeliveryAddress_AndTheEmailNamesTheStore()
    {
        var (sku, _) = await app.SkuWithUnitsAsync(3, pick: 43);
        using var client = app.CreateClient();
        var cart = await CartAsync(client, "IT", sku, 1);
        var total = await TotalAsync(client, cart, "IT-BRERA");
        var email = $"ritiro.{Guid.NewGuid():N}@example.com";
        var body = System.Text.Json.JsonSerializer.SerializeToNode(Body(cart, "IT", "it", email, ItalianAddress, "IT-BRERA", total))!.AsObject();
        body["billingAddress"] = body["shippingAddress"]!.DeepClone();
        body.Remove("shippingAddress");

        var placed = await PlaceAsync(client, Guid.NewGuid().ToString(), body);

        Assert.Equal(HttpStatusCode.Created, placed.StatusCode);
        var order = await app.WithDbAsync(db => db.Set<Order>().SingleAsync(o => o.Email == email));
        Assert.Equal(("ST-BRERA", 0L), (order.PickupLocationCode, order.ShippingMinor));
        var mail = Assert.Single(await SmtpSink.Shared.WaitForAsync(email));
        Assert.Contains("Ritiro presso", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("Milano Brera", mail.TextBody, StringComparison.Ordinal);

        var delivery = await CartAsync(client, "IT", sku, 1);
        var noAddress = System.Text.Json.JsonSerializer.SerializeToNode(Body(delivery, "IT", "it", email, ItalianAddress, "IT-STD",
            await TotalAsync(client, delivery, "IT-STD")))!.AsObject();
        noAddress["billingAddress"] = noAddress["shippingAddress"]!.DeepClone();
        noAddress.Remove("shippingAddress");
        Assert.Contains("shippingAddress.line1", await ErrorsAsync(client, noAddress));
    }

    [Fact]
    public async Task BadInput_GetsAFieldByFieldAnswer_AndNothingIsPlaced()
    {
        var (sku, skuId) = await app.SkuWithUnitsAsync(3, pick: 46);
        using var client = app.CreateClient();
        var cart = await CartAsync(client, "IT", sku, 1);
        var total = await TotalAsync(client, cart, "IT-STD");
        var ordersBefore = await app.WithDbAsync(db => db.Set<Order>().CountAsync());

        var noKey = await client.PostAsJsonAsync("/api/v1/checkout", Body(cart, "IT", "en", "a@example.com", ItalianAddress, "IT-STD", total));
        Assert.Equal(HttpStatusCode.BadRequest, noKey.StatusCode);
        Assert.Contains("Idempotency-Key", await noKey.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var badItaly = new { name = "Giulia", line1 = "Via Brera 12", city = "Milano", region = "XX", postalCode = "2012", country = "IT" };
        var errors = await ErrorsAsync(client, Body(cart, "IT", "en", "not-an-email", badItaly, "IT-NOPE", total, acceptTerms: false, card: "4242424242424241"));
        Assert.Equal(
            ["acceptTerms", "card.number", "email", "shippingAddress.postalCode", "shippingAddress.region", "shippingMethod"],
            errors.OrderBy(e => e, StringComparer.Ordinal));

        var korea = new { name = "김민지", line1 = "성수이로 78", postalCode = "4782", country = "KR" };
        Assert.Equal(["shippingAddress.country", "shippingAddress.postalCode"],
            (await ErrorsAsync(client, Body(cart, "IT", "en", "a@example.com", korea, "IT-STD", total))).OrderBy(e => e, StringComparer.Ordinal));

        var us = new { name = "Ann Lee", line1 = "1 Main St", city = "Springfield", region = "ZZ", postalCode = "1234", country = "US" };
        Assert.Equal(["billingAddress.postalCode", "billingAddress.region"],
            (await ErrorsAsync(client, Body(cart, "IT", "en", "a@example.com", ItalianAddress, "IT-STD", total, billing: us))).OrderBy(e => e, StringComparer.Ordinal));

        var wrongTotal = await PlaceAsync(client, Guid.NewGuid().ToString(), Body(cart, "IT", "en", "a@example.com", ItalianAddress, "IT-STD", total - 1));
        Assert.Equal(HttpStatusCode.Conflict, wrongTotal.StatusCode);
        var changed = await wrongTotal.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(total, changed.GetProperty("quote").GetProperty("total").GetProperty("amount").GetDecimal());

        var malformed = await client.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/api/v1/checkout")
        {
            Headers = { { "Idempotency-Key", Guid.NewGuid().ToString() } },
            Content = new StringContent("{\"cartId\": 12", System.Text.Encoding.UTF8, "application/json"),
        });
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);

        Assert.Equal(ordersBefore, await app.WithDbAsync(db => db.Set<Order>().CountAsync()));
        Assert.Equal(0, await ReservedAsync(skuId));
    }

    [Fact]
    public async Task FlashSale_FiveHundredCheckoutsForFiftyUnits_MakeExactlyFiftyOrders_AndTheRestHearSoldOut()
    {
        var (sku, skuId) = await app.SkuWithUnitsAsync(50, pick: 47);
        using var client = app.CreateClient();
        var carts = new List<Guid>();
        foreach (var _ in Enumerable.Range(0, 500))
        {
            carts.Add(await CartAsync(client, "IT", sku, 1));
        }

        var total = await TotalAsync(client, carts[0], "IT-STD");
        // Five hundred shoppers, each from an address of their own.
        var responses = await Task.WhenAll(carts.Select((cart, i) =>
            PlaceAsync(app.CreateClient(), Guid.NewGuid().ToString(), Body(cart, "IT", "en", $"flash{i}@example.com", ItalianAddress, "IT-STD", total))));

        Assert.Equal(50, responses.Count(r => r.StatusCode == HttpStatusCode.Created));
        var soldOut = responses.Where(r => r.StatusCode != HttpStatusCode.Created).ToList();
        Assert.Equal(450, soldOut.Count);
        foreach (var response in soldOut)
        {
            Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal("Sold out", problem.GetProperty("title").GetString());
            Assert.Equal(0, problem.GetProperty("lines")[0].GetProperty("available").GetInt32());
        }

        var levels = await app.WithDbAsync(db => db.Set<StockLevel>().Where(l => l.SkuId == skuId).ToListAsync());
        Assert.All(levels, l => Assert.True(l.OnHand - l.Reserved >= 0));
        Assert.Equal(50, levels.Sum(l => l.Reserved));
        var ledger = await app.WithDbAsync(db => db.Set<StockMovement>().Where(m => m.SkuId == skuId).SumAsync(m => m.ReservedDelta));
        Assert.Equal(50, ledger);
        Assert.Equal(50, await app.WithDbAsync(db => db.Set<Order>().CountAsync(o => o.Lines.Any(l => l.SkuId == skuId) && o.Status == OrderStatus.Authorised)));
    }

    [Fact]
    public async Task ACheckoutTurnedAwayByAFullQueue_IsToldToRetryWithTheSameKey_AndAShopperSeesTheErrorPage()
    {
        var options = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<Microsoft.AspNetCore.RateLimiting.RateLimiterOptions>>().Value;
        using var limiter = new System.Threading.RateLimiting.ConcurrencyLimiter(new() { PermitLimit = 1, QueueLimit = 0 });
        using var held = limiter.AttemptAcquire();
        using var refused = limiter.AttemptAcquire();

        var api = new DefaultHttpContext { RequestServices = app.Services };
        api.Request.Path = "/api/v1/checkout";
        api.Response.Body = new MemoryStream();
        await options.OnRejected!(new Microsoft.AspNetCore.RateLimiting.OnRejectedContext { HttpContext = api, Lease = refused }, CancellationToken.None);
        Assert.Equal((503, "2"), (api.Response.StatusCode, api.Response.Headers.RetryAfter.ToString()));
        Assert.Equal("application/problem+json", api.Response.ContentType);
        api.Response.Body.Position = 0;
        var problem = await JsonSerializer.DeserializeAsync<JsonElement>(api.Response.Body);
        Assert.Equal(503, problem.GetProperty("status").GetInt32());
        Assert.Contains("same Idempotency-Key", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);

        var page = new DefaultHttpContext { RequestServices = app.Services };
        page.Request.Path = "/it/checkout";
        page.SetEndpoint(app.Services.GetRequiredService<Microsoft.AspNetCore.Routing.EndpointDataSource>().Endpoints
            .First(e => e.Metadata.GetMetadata<Microsoft.AspNetCore.Mvc.RazorPages.PageActionDescriptor>()?.ViewEnginePath == "/Store/Checkout"));
        page.Response.Body = new MemoryStream();
        await options.OnRejected(new Microsoft.AspNetCore.RateLimiting.OnRejectedContext { HttpContext = page, Lease = refused }, CancellationToken.None);
        Assert.Equal((503, "2"), (page.Response.StatusCode, page.Response.Headers.RetryAfter.ToString()));
        Assert.Equal(0, page.Response.Body.Length);
    }

    [Fact]
    public async Task WhenTheMailServerIsDown_TheEmailWaitsInTheOutbox_AndGoesOutWhenItIsBack()
    {
        var (sku, _) = await app.SkuWithUnitsAsync(3, pick: 48);
        using var client = app.CreateClient();
        var cart = await CartAsync(client, "IT", sku, 1);
        var total = await TotalAsync(client, cart, "IT-STD");
        var email = $"later.{Guid.NewGuid():N}@example.com";
        // This app's own sender is held, and the outage is a sender of the test's pointed at a closed port: the shared mail
        // sink stays up for the tests running beside this one.
        await using var paused = await app.PauseJobAsync("outbox-delivery");
        var delivery = app.Services.GetRequiredService<OutboxDelivery>();
        var down = SmtpSink.Unreachable(app.Services.GetRequiredService<IOptions<SmtpOptions>>().Value);
        var downDelivery = ActivatorUtilities.CreateInstance<OutboxDelivery>(app.Services, down, ActivatorUtilities.CreateInstance<MailSender>(app.Services, down));
        Assert.Equal(HttpStatusCode.Created,
            (await PlaceAsync(client, Guid.NewGuid().ToString(), Body(cart, "IT", "en", email, ItalianAddress, "IT-STD", total))).StatusCode);

        // A server that stays away longer than every try the email has (12): none is counted, it is never given up, and
        // its next try is never more than 30 s away, so it goes out soon after the server is back.
        for (var outage = 0; outage < 14; outage++)
        {
            await app.WithDbAsync(db => db.Set<OutboxMessage>().Where(m => m.Recipient == email)
                .ExecuteUpdateAsync(set => set.SetProperty(m => m.DueAt, DateTimeOffset.UtcNow.AddSeconds(-1))));
            await downDelivery.DeliverDueAsync(CancellationToken.None);
        }

        var waiting = await app.WithDbAsync(db => db.Set<OutboxMessage>().AsNoTracking().SingleAsync(m => m.Recipient == email));
        Assert.Equal((0, null, null), (waiting.Attempts, waiting.DeadLetteredAt, waiting.FinishedAt));
        Assert.StartsWith($"Could not reach {down.Value.Host}:{down.Value.Port}", waiting.LastError, StringComparison.Ordinal);
        Assert.InRange(waiting.DueAt!.Value, DateTimeOffset.UtcNow.AddSeconds(5), DateTimeOffset.UtcNow.AddSeconds(31));

        await app.WithDbAsync(db => db.Set<OutboxMessage>().Where(m => m.Recipient == email)
            .ExecuteUpdateAsync(set => set.SetProperty(m => m.DueAt, DateTimeOffset.UtcNow.AddSeconds(-1))));
        await delivery.DeliverDueAsync(CancellationToken.None);
        Assert.Single(await SmtpSink.Shared.WaitForAsync(email));
        var sent = await app.WithDbAsync(db => db.Set<OutboxMessage>().AsNoTracking().SingleAsync(m => m.Recipient == email));
        Assert.NotNull(sent.FinishedAt);
    }

    private static async Task<IEnumerable<string>> ErrorsAsync(HttpClient client, object body)
    {
        var response = await PlaceAsync(client, Guid.NewGuid().ToString(), body);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        return problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).ToList();
    }

    private Task<int> ReservedAsync(int skuId) => app.WithDbAsync(db => db.Set<StockLevel>().Where(l => l.SkuId == skuId).SumAsync(l => l.Reserved));
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteCheckoutTests(SqliteAppFixture fixture) : CheckoutContract(fixture);

[Collection(PostgresCollection.Name)]
public sealed class PostgreSqlCheckoutTests(PostgresAppFixture fixture) : CheckoutContract(fixture);
