using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vetrina.Kernel;
using Vetrina.Orders.Contracts;
using Vetrina.Orders.Domain;
using Vetrina.Orders.Fulfilment;
using Vetrina.Payments.TestNetwork;
using Vetrina.Promotions.Domain;
using static Vetrina.IntegrationTests.Shopper;
using Vetrina.Orders.Aftersales;

namespace Vetrina.IntegrationTests;

/// <summary>Gift cards pay part or all of an order, can never be spent twice, and come back when the order does not go ahead.</summary>
public abstract class GiftCardContract(AppFixture fixture)
{
    private readonly VetrinaApp app = fixture.App;

    [Fact]
    public async Task AGiftCard_PaysPartOfTheTotal_TheCardPaysTheRest_AndADeclineGivesTheBalanceBack()
    {
        var card = await CardAsync(Money.FromMajor(20m, Currency.Eur));
        var (sku, _) = await app.SkuWithUnitsAsync(5, pick: 38);
        using var client = app.CreateClient();
        var cart = await CartAsync(client, "IT", sku, 1);
        var quote = await QuoteAsync(client, cart, card.Display.ToLowerInvariant());
        var total = quote.GetProperty("total").GetProperty("amount").GetDecimal();
        Assert.Equal(20m, quote.GetProperty("giftCard").GetProperty("amount").GetDecimal());
        Assert.Equal(total - 20m, quote.GetProperty("amountDue").GetProperty("amount").GetDecimal());

        var placed = await PlaceAsync(client, Guid.NewGuid().ToString(), With(Body(cart, "IT", "it", $"gift.{Guid.NewGuid():N}@example.com", ItalianAddress, "IT-STD", total), card.Code));
        Assert.Equal(HttpStatusCode.Created, placed.StatusCode);
        var order = await placed.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(total - 20m, order.GetProperty("amountDue").GetProperty("amount").GetDecimal());
        var charge = await app.WithDbAsync(db => db.Set<TestCharge>().SingleAsync(c => c.Description.EndsWith(order.GetProperty("number").GetString()!)));
        Assert.Equal(Money.FromMajor(total - 20m, Currency.Eur).Minor, charge.AmountMinor);
        Assert.Equal(0, await BalanceAsync(card.Id));

        var again = await CardAsync(Money.FromMajor(15m, Currency.Eur));
        var second = await CartAsync(client, "IT", sku, 1);
        var declined = await PlaceAsync(client, Guid.NewGuid().ToString(),
            With(Body(second, "IT", "it", $"gift.{Guid.NewGuid():N}@example.com", ItalianAddress, "IT-STD", total, card: TestCards.Declined), again.Code));
        Assert.Equal(HttpStatusCode.PaymentRequired, declined.StatusCode);
        Assert.Equal(1500, await BalanceAsync(again.Id));
    }

    [Fact]
    public async Task AGiftCardThatCoversEverything_NeedsNoCard_AndTwoOrdersCannotSpendItTwice()
    {
        var card = await CardAsync(Money.FromMajor(1000m, Currency.Eur));
        var (sku, _) = await app.SkuWithUnitsAsync(6, pick: 39);
        using var client = app.CreateClient();
        var first = await CartAsync(client, "IT", sku, 1);
        var second = await CartAsync(client, "IT", sku, 1);
        var quote = await QuoteAsync(client, first, card.Code);
        var total = quote.GetProperty("total").GetProperty("amount").GetDecimal();
        Assert.Equal(0m, quote.GetProperty("amountDue").GetProperty("amount").GetDecimal());
        // Leave just enough for one of the two orders.
        await app.WithDbAsync(db => db.Set<GiftCard>().Where(c => c.Id == card.Id)
            .ExecuteUpdateAsync(set => set.SetProperty(c => c.BalanceMinor, Money.FromMajor(total, Currency.Eur).Minor)));

        var responses = await Task.WhenAll(new[] { first, second }.Select(cart =>
        {
            var body = JsonSerializer.SerializeToNode(Body(cart, "IT", "it", $"covered.{Guid.NewGuid():N}@example.com", ItalianAddress, "IT-STD", total))!.AsObject();
            body.Remove("card");
            body["giftCardCode"] = card.Code;
            return PlaceAsync(client, Guid.NewGuid().ToString(), body);
        }));

        Assert.Equal(1, responses.Count(r => r.StatusCode == HttpStatusCode.Created));
        Assert.Equal(1, responses.Count(r => r.StatusCode == HttpStatusCode.BadRequest));
        var order = await responses.Single(r => r.StatusCode == HttpStatusCode.Created).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Authorised", order.GetProperty("status").GetString());
        Assert.Equal(0, await BalanceAsync(card.Id));
        Assert.False(await app.WithDbAsync(db => db.Set<TestCharge>().AnyAsync(c => c.Description.EndsWith(order.GetProperty("number").GetString()!))));
        Assert.Equal(-Money.FromMajor(total, Currency.Eur).Minor,
            await app.WithDbAsync(db => db.Set<GiftCardTransaction>().Where(t => t.GiftCardId == card.Id).SumAsync(t => t.AmountMinor)));
    }

    [Fact]
    public async Task AShippedOrderPaidPartlyByGiftCard_IsRefundedToTheCardFirst_ThenBackOntoTheGiftCard_EachRefundOnce()
    {
        var card = await CardAsync(Money.FromMajor(20m, Currency.Eur));
        var (sku, _) = await app.SkuWithUnitsAsync(3, pick: 55);
        using var client = app.CreateClient();
        var cart = await CartAsync(client, "IT", sku, 1);
        var total = (await QuoteAsync(client, cart, card.Code)).GetProperty("total").GetProperty("amount").GetDecimal();
        var email = $"giftrefund.{Guid.NewGuid():N}@example.com";
        Assert.Equal(HttpStatusCode.Created, (await PlaceAsync(client, Guid.NewGuid().ToString(),
            With(Body(cart, "IT", "it", email, ItalianAddress, "IT-STD", total), card.Code))).StatusCode);
        var order = await app.WithDbAsync(db => db.Set<Order>().Include(o => o.Lines).SingleAsync(o => o.Email == email));
        await using var scope = app.Services.CreateAsyncScope();
        var fulfilment = scope.ServiceProvider.GetRequiredService<OrderFulfilment>();
        var packed = await fulfilment.PackAsync(order.Id, "WH-MI", new Dictionary<long, int> { [order.Lines[0].Id] = 1 }, "test");
        Assert.True((await fulfilment.ShipAsync(packed.ShipmentId!.Value, "BRT", "BRT0005556667", "test")).Succeeded);
        var administration = scope.ServiceProvider.GetRequiredService<OrderAdministration>();
        var onCard = total - 20m;

        var key = Guid.NewGuid().ToString("N");
        Assert.True((await administration.RefundAsync(order.Id, onCard + 5m, "returned, worn once", key, "test")).Succeeded);
        Assert.True((await administration.RefundAsync(order.Id, onCard + 5m, "returned, worn once", key, "test")).Succeeded);
        var payment = await app.WithDbAsync(db => db.Set<OrderPayment>().SingleAsync(p => p.OrderId == order.Id));
        Assert.Equal((PaymentState.Refunded, payment.CapturedMinor), (payment.State, payment.RefundedMinor));
        Assert.Equal(500, await BalanceAsync(card.Id));
        Assert.Equal(OrderStatus.PartiallyRefunded, await app.WithDbAsync(db => db.Set<Order>().Where(o => o.Id == order.Id).Select(o => o.Status).SingleAsync()));
        var refund = await app.WithDbAsync(db => db.Set<OrderRefund>().SingleAsync(r => r.OrderId == order.Id));
        Assert.Equal((payment.CapturedMinor, 500L), (refund.ToCardMinor, refund.ToGiftCardMinor));

        Assert.True((await administration.RefundAsync(order.Id, 15m, "the rest", Guid.NewGuid().ToString("N"), "test")).Succeeded);
        Assert.Equal(2000, await BalanceAsync(card.Id));
        Assert.Equal(OrderStatus.Refunded, await app.WithDbAsync(db => db.Set<Order>().Where(o => o.Id == order.Id).Select(o => o.Status).SingleAsync()));
        Assert.Equal(OrderActionError.TooMany,
            (await administration.RefundAsync(order.Id, 0.01m, "one cent more", Guid.NewGuid().ToString("N"), "test")).Error);

        var mails = await SmtpSink.Shared.WaitForAsync(email, 4);
        Assert.Contains(mails, m => m.TextBody!.Contains("Di questi, 5,00", StringComparison.Ordinal) && m.TextBody!.Contains("carta regalo", StringComparison.Ordinal));
        Assert.Contains(mails, m => m.TextBody!.Contains("Abbiamo riaccreditato 15,00", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AGiftCardInAnotherCurrency_OrUnknown_SaysWhy()
    {
        var card = await CardAsync(Money.FromMajor(50m, Currency.Eur));
        var (sku, _) = await app.SkuWithUnitsAsync(3, pick: 41);
        using var client = app.CreateClient();
        var korean = await CartAsync(client, "KR", sku, 1);
        var response = await client.PostAsJsonAsync("/api/v1/checkout/quote", new { cartId = korean, shippingMethod = "KR-STD", giftCardCode = card.Code });
        Assert.Equal("giftcard_other_currency", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("giftCardProblem").GetString());
        var unknown = await client.PostAsJsonAsync("/api/v1/checkout/quote", new { cartId = korean, shippingMethod = "KR-STD", giftCardCode = "NOPE-NOPE-NOPE-NOPE" });
        Assert.Equal("giftcard_unknown", (await unknown.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("giftCardProblem").GetString());
    }

    private static JsonObject With(object body, string giftCard)
    {
        var json = JsonSerializer.SerializeToNode(body)!.AsObject();
        json["giftCardCode"] = giftCard;
        return json;
    }

    private static async Task<JsonElement> QuoteAsync(HttpClient client, Guid cart, string giftCard)
    {
        var response = await client.PostAsJsonAsync("/api/v1/checkout/quote", new { cartId = cart, shippingMethod = "IT-STD", giftCardCode = giftCard });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private Task<GiftCard> CardAsync(Money amount) => app.WithDbAsync(async db =>
    {
        var card = new GiftCard(amount, null, DateTimeOffset.UtcNow);
        db.Add(card);
        await db.SaveChangesAsync();
        return card;
    });

    private Task<long> BalanceAsync(int id) => app.WithDbAsync(db => db.Set<GiftCard>().Where(c => c.Id == id).Select(c => c.BalanceMinor).SingleAsync());
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteGiftCardTests(SqliteAppFixture fixture) : GiftCardContract(fixture);

[Collection(PostgresCollection.Name)]
public sealed class PostgreSqlGiftCardTests(PostgresAppFixture fixture) : GiftCardContract(fixture);
