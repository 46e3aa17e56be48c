using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vetrina.Kernel.Time;
using Vetrina.Orders.Domain;
using Vetrina.Orders.Fulfilment;

namespace Vetrina.IntegrationTests;

/// <summary>
/// The EU withdrawal function: a shopper withdraws from part of an order without signing in, in two steps, and is told
/// (on the page and by email) what was withdrawn and when it was received; after 14 days from delivery it is refused with
/// the date the period ended; every withdrawal is in a chained log whose alteration the back office detects.
/// </summary>
public abstract partial class WithdrawalContract(AppFixture fixture)
{
    private readonly VetrinaApp app = fixture.App;

    [Fact]
    public async Task AnItalianShopper_WithdrawsFromPartOfAnOrder_WithoutSigningIn_AndGetsTheAcknowledgementWithTheTimeReceived()
    {
        var (first, _) = await app.SkuWithUnitsAsync(5, pick: 7);
        var (second, _) = await app.SkuWithUnitsAsync(5, pick: 8);
        var email = $"recesso.{Guid.NewGuid():N}@example.com";
        var (number, lines) = await DeliveredOrderAsync(email, DateTimeOffset.UtcNow.AddDays(-3), (first, 2), (second, 1));

        var shopper = app.CreateClient(new() { HandleCookies = true });
        Assert.Contains(">Recedi dal contratto qui</a>", await shopper.GetStringAsync("/it"), StringComparison.Ordinal);
        // Korea's shop sells outside the EU: no EU withdrawal link there (Korea's own 7-day rule comes with returns).
        using var korean = new HttpRequestMessage(HttpMethod.Get, "/ko") { Headers = { { "Cookie", "vetrina_market=KR" } } };
        Assert.DoesNotContain("/withdrawal\"", await (await app.CreateClient().SendAsync(korean)).Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // A wrong email and a wrong number read the same: a number alone tells nothing.
        var wrong = await PostAsync(shopper, "/it/withdrawal", "Review", new() { ["Name"] = "Giulia Rossi", ["OrderNumber"] = number, ["Email"] = "other@example.com" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, wrong.StatusCode);
        Assert.Contains("Non abbiamo trovato un ordine con questo numero e questa email.", WebUtility.HtmlDecode(await wrong.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        var blank = await PostAsync(shopper, "/it/withdrawal", "Review", new() { ["Name"] = " ", ["OrderNumber"] = number, ["Email"] = email });
        Assert.Contains("Inserisci il tuo nome.", WebUtility.HtmlDecode(await blank.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        var review = await PostAsync(shopper, "/it/withdrawal", "Review", new() { ["Name"] = "Giulia Rossi", ["OrderNumber"] = number, ["Email"] = email });
        var step = WebUtility.HtmlDecode(await review.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, review.StatusCode);
        Assert.Contains(">Conferma il recesso</button>", step, StringComparison.Ordinal);
        Assert.Contains("Puoi recedere fino al", step, StringComparison.Ordinal);
        var key = KeyIn(step);

        // One of the two units of the first line, none of the second.
        var fields = new Dictionary<string, string>
        {
            ["Name"] = "Giulia Rossi", ["OrderNumber"] = number, ["Email"] = email, ["Key"] = key, [$"Units[{lines[0]}]"] = "1", [$"Units[{lines[1]}]"] = "0",
        };
        var confirmed = await PostAsync(shopper, "/it/withdrawal", "Confirm", new(fields));
        var receipt = WebUtility.HtmlDecode(await confirmed.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        Assert.Contains("Abbiamo ricevuto il tuo recesso", receipt, StringComparison.Ordinal);
        var entry = await app.WithDbAsync(db => db.Set<Withdrawal>().Include(w => w.Lines).SingleAsync(w => w.Key == key));
        var milan = TimeZoneInfo.FindSystemTimeZoneById("Europe/Rome");
        var at = LocalTimes.DateAndTime(entry.ReceivedAt, milan, "it");
        Assert.Contains($"Ricevuto il {at}.", receipt, StringComparison.Ordinal);
        Assert.Equal((1, false, "Giulia Rossi"), (Assert.Single(entry.Lines).Quantity, entry.WholeOrder, entry.Name));

        var mail = Assert.Single(await SmtpSink.Shared.WaitForAsync(email, 3), m => m.Subject!.StartsWith("Abbiamo ricevuto il tuo recesso", StringComparison.Ordinal));
        Assert.Equal($"Abbiamo ricevuto il tuo recesso · ordine {number}", mail.Subject);
        Assert.Contains($"abbiamo ricevuto il tuo recesso dall'ordine {number} il {at}.", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("- 1 × ", mail.TextBody, StringComparison.Ordinal);

        // A confirmation without its form's token records nothing and shows the second step again.
        var tokenless = await PostAsync(shopper, "/it/withdrawal", "Confirm", new() { ["Name"] = "Giulia Rossi", ["OrderNumber"] = number, ["Email"] = email });
        Assert.Contains(">Conferma il recesso</button>", WebUtility.HtmlDecode(await tokenless.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        // The same confirmation again (a double click, a reload) is the same withdrawal.
        await PostAsync(shopper, "/it/withdrawal", "Confirm", new(fields));
        Assert.Equal(1, await app.WithDbAsync(db => db.Set<Withdrawal>().CountAsync(w => w.OrderNumber == number)));

        // What is left: one unit of the first line and the second line; asking for more is refused, nothing recorded.
        var again = await PostAsync(shopper, "/it/withdrawal", "Review", new() { ["Name"] = "Giulia Rossi", ["OrderNumber"] = number, ["Email"] = email });
        var key2 = await KeyAsync(again);
        var tooMany = await PostAsync(shopper, "/it/withdrawal", "Confirm",
            new() { ["Name"] = "Giulia Rossi", ["OrderNumber"] = number, ["Email"] = email, ["Key"] = key2, [$"Units[{lines[0]}]"] = "2" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, tooMany.StatusCode);
        Assert.Contains("Scegli al massimo i pezzi indicati per ogni articolo.", WebUtility.HtmlDecode(await tooMany.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        var none = await PostAsync(shopper, "/it/withdrawal", "Confirm",
            new() { ["Name"] = "Giulia Rossi", ["OrderNumber"] = number, ["Email"] = email, ["Key"] = key2, [$"Units[{lines[0]}]"] = "0", [$"Units[{lines[1]}]"] = "0" });
        Assert.Contains("Scegli almeno un articolo per cui recedere.", WebUtility.HtmlDecode(await none.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(1, await app.WithDbAsync(db => db.Set<Withdrawal>().CountAsync(w => w.OrderNumber == number)));
    }

    [Fact]
    public async Task AfterFourteenDaysFromDelivery_TheWithdrawalIsRefused_WithTheDateThePeriodEnded()
    {
        var (sku, _) = await app.SkuWithUnitsAsync(5, pick: 9);
        var email = $"tardi.{Guid.NewGuid():N}@example.com";
        // Delivered 15 days ago at 10:00 in Milan: the period ended at midnight after the 14th day.
        var milan = TimeZoneInfo.FindSystemTimeZoneById("Europe/Rome");
        var localDay = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, milan).Date.AddDays(-15).AddHours(10);
        var delivered = new DateTimeOffset(localDay, milan.GetUtcOffset(localDay)).ToUniversalTime();
        var (number, _) = await DeliveredOrderAsync(email, delivered, (sku, 1));

        var shopper = app.CreateClient(new() { HandleCookies = true });
        var late = await PostAsync(shopper, "/en/withdrawal", "Review", new() { ["Name"] = "Luca Bianchi", ["OrderNumber"] = number, ["Email"] = email });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, late.StatusCode);
        var endLocal = localDay.Date.AddDays(15);
        var end = new DateTimeOffset(endLocal, milan.GetUtcOffset(endLocal)).AddTicks(-1);
        Assert.Contains($"The 14-day withdrawal period for this order ended on {LocalTimes.DateAndTime(end, milan, "en")}.",
            WebUtility.HtmlDecode(await late.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync(db => db.Set<Withdrawal>().CountAsync(w => w.OrderNumber == number)));
    }

    [Fact]
    public async Task TheWithdrawalLog_IsChained_AndAnAlteredEntryIsFound()
    {
        var (sku, _) = await app.SkuWithUnitsAsync(5, pick: 10);
        var email = $"registro.{Guid.NewGuid():N}@example.com";
        var (number, _) = await DeliveredOrderAsync(email, DateTimeOffset.UtcNow.AddDays(-1), (sku, 1));
        var shopper = app.CreateClient(new() { HandleCookies = true });
        var review = await PostAsync(shopper, "/en/withdrawal", "Review", new() { ["Name"] = "Anna Verdi", ["OrderNumber"] = number, ["Email"] = email });
        var key = await KeyAsync(review);
        var done = await PostAsync(shopper, "/en/withdrawal", "Confirm", new() { ["Name"] = "Anna Verdi", ["OrderNumber"] = number, ["Email"] = email, ["Key"] = key });
        Assert.Contains("We received your withdrawal", await done.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var entries = await app.WithDbAsync(db => db.Set<Withdrawal>().AsNoTracking().OrderBy(w => w.Sequence).ToListAsync());
        Assert.Equal(Enumerable.Range(1, entries.Count).Select(i => (long)i), entries.Select(e => e.Sequence));
        Assert.Equal([Withdrawal.Genesis, .. entries.SkipLast(1).Select(e => e.Hash)], entries.Select(e => e.PreviousHash));
        var mine = entries.Single(e => e.Key == key);
        Assert.True(mine.WholeOrder);

        var staff = await StaffSession.SignInAsync(app, VetrinaApp.AdminEmail, VetrinaApp.AdminPassword);
        var page = WebUtility.HtmlDecode(await staff.Client.GetStringAsync("/admin/withdrawals"));
        Assert.True(page.Contains($"The log is intact: {entries.Count} ", StringComparison.Ordinal), Regex.Match(page, "<p role=\"(status|alert)\"[^<]*").Value);
        var orderPage = WebUtility.HtmlDecode(await staff.Client.GetStringAsync($"/admin/orders/{number}"));
        Assert.Contains($"No. {mine.Sequence} received {mine.ReceivedAt.UtcDateTime:yyyy-MM-dd HH:mm} UTC from Anna Verdi: the whole order, 1 × ", orderPage, StringComparison.Ordinal);
        Assert.Contains($"Refund by {mine.ReceivedAt.UtcDateTime.AddDays(14):yyyy-MM-dd}", orderPage, StringComparison.Ordinal);
        var csv = await staff.Client.GetStringAsync("/admin/withdrawals?handler=Csv");
        Assert.Contains($"{mine.Sequence},", csv, StringComparison.Ordinal);
        Assert.Contains(mine.Hash, csv, StringComparison.Ordinal);

        // Someone with database access rewrites the name: the page names the entry, and the export still shows the stored hash.
        await app.WithDbAsync(db => db.Set<Withdrawal>().Where(w => w.Id == mine.Id).ExecuteUpdateAsync(s => s.SetProperty(w => w.Name, "Someone Else")));
        try
        {
            Assert.Contains($"entry {mine.Sequence} no longer matches its hash", WebUtility.HtmlDecode(await staff.Client.GetStringAsync("/admin/withdrawals")),
                StringComparison.Ordinal);
        }
        finally
        {
            await app.WithDbAsync(db => db.Set<Withdrawal>().Where(w => w.Id == mine.Id).ExecuteUpdateAsync(s => s.SetProperty(w => w.Name, "Anna Verdi")));
        }
    }

    [Fact]
    public async Task AWithdrawalsRefund_IsDueFourteenDaysAfter_OverdueAfterThat_AndRefundedOnceTheOrderIsRefundedForIt()
    {
        var (first, _) = await app.SkuWithUnitsAsync(5, pick: 11);
        var (second, _) = await app.SkuWithUnitsAsync(5, pick: 12);
        var email = $"rimborso.{Guid.NewGuid():N}@example.com";
        var (number, lines) = await DeliveredOrderAsync(email, DateTimeOffset.UtcNow.AddDays(-2), (first, 2), (second, 1));
        var shopper = app.CreateClient(new() { HandleCookies = true });
        var review = await PostAsync(shopper, "/it/withdrawal", "Review", new() { ["Name"] = "Marco Neri", ["OrderNumber"] = number, ["Email"] = email });
        var key = await KeyAsync(review);
        await PostAsync(shopper, "/it/withdrawal", "Confirm", new()
        {
            ["Name"] = "Marco Neri", ["OrderNumber"] = number, ["Email"] = email, ["Key"] = key, [$"Units[{lines[0]}]"] = "1", [$"Units[{lines[1]}]"] = "0",
        });

        // One unit of the first line, no discount, not the whole order (so no delivery charge): its price, by hand.
        var (orderId, unitPrice) = await app.WithDbAsync(async db =>
        {
            var order = await db.Set<Order>().Include(o => o.Lines).SingleAsync(o => o.Email == email);
            return (order.Id, order.Lines.Single(l => l.Id == lines[0]).UnitPriceMinor);
        });
        var entry = await app.WithDbAsync(db => db.Set<Withdrawal>().SingleAsync(w => w.Key == key));
        await using var scope = app.Services.CreateAsyncScope();
        var refunds = scope.ServiceProvider.GetRequiredService<Vetrina.Orders.Aftersales.WithdrawalRefunds>();
        var mine = (await refunds.AllAsync(default)).Single(o => o.Withdrawal.Key == key);
        Assert.Equal((unitPrice, 0L, entry.ReceivedAt.AddDays(14), Vetrina.Orders.Aftersales.WithdrawalRefunds.Standing.Due),
            (mine.OwedMinor, mine.RefundedMinor, mine.Due, mine.Standing));
        using (ReplayableClock.Begin(entry.ReceivedAt.AddDays(15)))
        {
            Assert.Equal(Vetrina.Orders.Aftersales.WithdrawalRefunds.Standing.Overdue, (await refunds.AllAsync(default)).Single(o => o.Withdrawal.Key == key).Standing);
        }

        var staff = await StaffSession.SignInAsync(app, VetrinaApp.AdminEmail, VetrinaApp.AdminPassword);
        Assert.Contains($"id=\"refund-{entry.Sequence}\"", await staff.Client.GetStringAsync("/admin/withdrawals"), StringComparison.Ordinal);
        var administration = scope.ServiceProvider.GetRequiredService<Vetrina.Orders.Aftersales.OrderAdministration>();
        Assert.True((await administration.RefundAsync(orderId, unitPrice / 100m, "withdrawal", Guid.NewGuid().ToString("N"), "test")).Succeeded);
        Assert.Equal((unitPrice, Vetrina.Orders.Aftersales.WithdrawalRefunds.Standing.Refunded),
            (await refunds.AllAsync(default)).Single(o => o.Withdrawal.Key == key) is var paid ? (paid.RefundedMinor, paid.Standing) : default);
        Assert.DoesNotContain($"id=\"refund-{entry.Sequence}\"", await staff.Client.GetStringAsync("/admin/withdrawals"), StringComparison.Ordinal);
    }

    /// <summary>Places an Italian order, ships every unit in one parcel and marks it delivered at <paramref name="deliveredAt"/>.</summary>
    private async Task<(string Number, long[] Lines)> DeliveredOrderAsync(string email, DateTimeOffset deliveredAt, params (string Sku, int Quantity)[] lines)
    {
        using var client = app.CreateClient();
        var number = (await Shopper.OrderAsync(client, email, lines)).GetProperty("number").GetString()!;
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Vetrina.Data.VetrinaDbContext>();
        var order = await db.Set<Order>().AsNoTracking().Include(o => o.Lines).SingleAsync(o => o.Email == email);
        var fulfilment = scope.ServiceProvider.GetRequiredService<OrderFulfilment>();
        using (ReplayableClock.Begin(deliveredAt.AddDays(-2)))
        {
            Assert.True((await fulfilment.PackAsync(order.Id, "WH-MI", order.Lines.ToDictionary(l => l.Id, l => l.Quantity), "test")).Succeeded);
        }

        var parcel = await db.Set<Shipment>().Where(s => s.OrderId == order.Id).Select(s => s.Id).SingleAsync();
        using (ReplayableClock.Begin(deliveredAt.AddDays(-1)))
        {
            Assert.True((await fulfilment.ShipAsync(parcel, "BRT", "BRT000111", "test")).Succeeded);
        }

        using (ReplayableClock.Begin(deliveredAt))
        {
            Assert.True((await fulfilment.DeliverAsync(parcel, "test")).Succeeded);
        }

        return (number, [.. order.Lines.OrderBy(l => l.Id).Select(l => l.Id)]);
    }

    /// <summary>Loads the page for its antiforgery token (and cookie), then posts the fields to the handler, as the browser does.</summary>
    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string page, string handler, Dictionary<string, string> fields)
    {
        var html = await client.GetStringAsync(page);
        fields["__RequestVerificationToken"] = WebUtility.HtmlDecode(Token().Match(html).Groups[1].Value);
        return await client.PostAsync($"{page}?handler={handler}", new FormUrlEncodedContent(fields));
    }

    /// <summary>The confirming form's one-time token on the second step's page.</summary>
    private static string KeyIn(string html) => Regex.Match(html, "name=\"Key\" value=\"([0-9a-f]+)\"").Groups[1].Value;

    private static async Task<string> KeyAsync(HttpResponseMessage review) => KeyIn(await review.Content.ReadAsStringAsync());

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteWithdrawalTests(SqliteAppFixture fixture) : WithdrawalContract(fixture);

[Collection(PostgresCollection.Name)]
public sealed class PostgreSqlWithdrawalTests(PostgresAppFixture fixture) : WithdrawalContract(fixture);
