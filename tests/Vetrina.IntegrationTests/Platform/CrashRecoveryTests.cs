using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Vetrina.Payments.TestNetwork;

namespace Vetrina.IntegrationTests;

/// <summary>
/// The app as a real process, killed with SIGKILL while shoppers are placing orders, then started again: no order is
/// half-made, no stock stays held once the payment window has passed, and no card charge exists without its order.
/// </summary>
public sealed class CrashRecoveryTests : IAsyncLifetime
{
    private const int Shoppers = 60;
    private readonly string directory = Directory.CreateTempSubdirectory("vetrina-crash-").FullName;
    private readonly int port = Loopback.FreePort();
    private AppProcess? app;

    private string Database => Path.Combine(directory, "crash.db");

    private Uri Address => new($"http://127.0.0.1:{port}");

    /// <summary>Mail to the run's SMTP sink, the outbox polled every 200 ms.</summary>
    private static Dictionary<string, string> ToTheSmtpSink => new()
    {
        ["Vetrina__Smtp__Host"] = "127.0.0.1",
        ["Vetrina__Smtp__Port"] = SmtpSink.Shared.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Vetrina__Smtp__Security"] = "None",
        ["Vetrina__Smtp__PollInterval"] = "00:00:00.200",
    };

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        Stop();
        SqliteConnection.ClearAllPools();
        await Task.Run(() => Directory.Delete(directory, recursive: true));
    }

    [Fact]
    public async Task KilledMidCheckout_TheAppComesBackWithNothingHalfMade_NoStockStuck_AndNoChargeWithoutItsOrder()
    {
        await StartAsync();
        using var http = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(30) };
        var (sku, skuId) = await StockedSkuAsync(units: Shoppers);
        var carts = new List<Guid>();
        for (var i = 0; i < Shoppers; i++)
        {
            carts.Add(await Shopper.CartAsync(http, "IT", sku, 1));
        }

        var total = await Shopper.TotalAsync(http, carts[0], "IT-STD");
        // Approved cards, challenges nobody answers, declines: every path is under way when the process dies.
        string[] cards = [TestCards.Approved, TestCards.Approved, TestCards.ChallengeRequired, TestCards.Declined];
        var cutOff = 0;
        var checkouts = carts.Select((cart, i) => Task.Run(async () =>
        {
            try
            {
                await Shopper.PlaceAsync(http, Guid.NewGuid().ToString(),
                    Shopper.Body(cart, "IT", "it", $"crash{i}@example.com", Shopper.ItalianAddress, "IT-STD", total, card: cards[i % cards.Length]));
            }
            catch (HttpRequestException)
            {
                // The server died under this request.
                Interlocked.Increment(ref cutOff);
            }
        })).ToList();
        await WaitForOrdersAsync(atLeast: 5);
        await app!.KillAsync();
        await Task.WhenAll(checkouts);
        var placedBeforeTheCrash = Scalar("SELECT count(*) FROM orders_orders");

        await StartAsync();
        // The payment window is 3 s and the sweep runs every second: give it time to settle everything left behind.
        await WaitUntilAsync(() => Scalar("SELECT count(*) FROM orders_orders WHERE Status = 0") == 0
            && Scalar("SELECT count(*) FROM (SELECT Reference FROM inventory_movements WHERE Reference LIKE 'hold:%' GROUP BY Reference HAVING sum(ReservedDelta) > 0) h WHERE Reference NOT IN (SELECT StockReference FROM orders_orders)") == 0);

        Assert.True(placedBeforeTheCrash > 0 && placedBeforeTheCrash <= Shoppers, $"{placedBeforeTheCrash} orders");
        Assert.True(cutOff > 0, "the process died with checkouts in flight");
        // Nothing half-made: every order has its lines, its one payment and its idempotency key.
        Assert.Equal(0, Scalar("SELECT count(*) FROM orders_orders o WHERE NOT EXISTS (SELECT 1 FROM orders_lines l WHERE l.OrderId = o.Id)"));
        Assert.Equal(0, Scalar("SELECT count(*) FROM orders_orders o WHERE (SELECT count(*) FROM orders_payments p WHERE p.OrderId = o.Id) <> 1"));
        Assert.Equal(0, Scalar("SELECT count(*) FROM orders_orders o WHERE NOT EXISTS (SELECT 1 FROM orders_idempotency_keys k WHERE k.OrderId = o.Id)"));
        // No stock stuck: what is reserved is exactly what confirmed orders hold, and the ledger says the same.
        var confirmedUnits = Scalar($"SELECT coalesce(sum(l.Quantity), 0) FROM orders_lines l JOIN orders_orders o ON o.Id = l.OrderId WHERE l.SkuId = {skuId} AND o.Status = 1");
        Assert.Equal(confirmedUnits, Scalar($"SELECT sum(Reserved) FROM inventory_levels WHERE SkuId = {skuId}"));
        Assert.Equal(confirmedUnits, Scalar($"SELECT sum(ReservedDelta) FROM inventory_movements WHERE SkuId = {skuId}"));
        // No charge without its order, and no money held for an order that is not going ahead.
        Assert.Equal(0, Scalar("SELECT count(*) FROM payments_test_network_charges c WHERE NOT EXISTS (SELECT 1 FROM orders_payments p WHERE lower(replace(p.Id, '-', '')) = c.IdempotencyKey)"));
        Assert.Equal(0, Scalar("""
            SELECT count(*) FROM payments_test_network_charges c JOIN orders_payments p ON lower(replace(p.Id, '-', '')) = c.IdempotencyKey
            JOIN orders_orders o ON o.Id = p.OrderId WHERE c.Status IN (0, 1) AND o.Status <> 1
            """));
    }

    [Fact]
    public async Task KilledWhileCollectingEvents_EveryBatchItAcknowledgedIsStored_Whole()
    {
        await StartAsync();
        using var http = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(30) };
        http.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", "Mozilla/5.0 (X11; Linux x86_64) Chrome/131.0 Safari/537.36");
        var acknowledged = new System.Collections.Concurrent.ConcurrentBag<string>();
        using var stop = new CancellationTokenSource();
        var senders = Enumerable.Range(0, 8).Select(sender => Task.Run(async () =>
        {
            for (var batch = 0; !stop.IsCancellationRequested; batch++)
            {
                var marker = $"s{sender}b{batch}";
                var body = JsonSerializer.Serialize(new
                {
                    events = Enumerable.Range(0, 10).Select(i => new { name = "page_view", @params = new { page_location = $"http://shop.example/crash/{marker}", engagement_time_msec = i } }),
                });
                try
                {
                    var response = await http.PostAsync("/t/collect", new StringContent(body, System.Text.Encoding.UTF8, "text/plain"));
                    if (response.StatusCode == HttpStatusCode.OK)
                    {
                        acknowledged.Add(marker);
                    }
                }
                catch (HttpRequestException)
                {
                    // The server died under this request: it was never acknowledged.
                    return;
                }
            }
        })).ToList();
        await WaitUntilAsync(() => acknowledged.Count >= 200, pollMs: 10);
        await app!.KillAsync();
        await stop.CancelAsync();
        await Task.WhenAll(senders);

        var missing = acknowledged.Where(marker => Scalar($"SELECT count(*) FROM analytics_events WHERE Page = '/crash/{marker}'") != 10).ToList();
        Assert.Empty(missing);
        await StartAsync();
        Assert.True(Scalar("SELECT count(*) FROM analytics_events WHERE Page LIKE '/crash/%'") >= acknowledged.Count * 10);
    }

    [Fact]
    public async Task KilledMidCampaign_ResumesWhereItStopped_NobodySkipped_AndNobodyGetsTwoDifferentEmails()
    {
        const int recipients = 600;
        const int connections = 4;
        var domain = $"{Guid.NewGuid():N}.crash.example";
        var smtp = new Dictionary<string, string>(ToTheSmtpSink)
        {
            ["Vetrina__Email__MaxPerSecond"] = "150",
            ["Vetrina__Email__Connections"] = connections.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Vetrina__Email__ClaimFor"] = "00:00:05",
        };
        await StartAsync(smtp);
        SeedCampaign(domain, recipients);
        int Received() => SmtpSink.Shared.Received.Count(m => m.To.Mailboxes.Any(b => b.Address.EndsWith(domain, StringComparison.Ordinal)));
        await WaitUntilAsync(() => Received() >= 150, pollMs: 5);
        await app!.KillAsync();
        var beforeTheCrash = Received();
        Assert.True(beforeTheCrash < recipients, "the process died mid-campaign");

        await StartAsync(smtp);
        await WaitUntilAsync(() => Scalar("SELECT count(*) FROM email_sends WHERE SentAt IS NULL") == 0 && Scalar("SELECT Status FROM email_campaigns") == 5);
        var mail = SmtpSink.Shared.Received.Where(m => m.To.Mailboxes.Any(b => b.Address.EndsWith(domain, StringComparison.Ordinal))).ToList();
        var byRecipient = mail.GroupBy(m => m.To.Mailboxes.Single().Address).ToList();
        // Nobody skipped.
        Assert.Equal(recipients, byRecipient.Count);
        Assert.Equal(recipients, Scalar("SELECT count(*) FROM email_sends WHERE SentAt IS NOT NULL"));
        // Nobody got two different emails: a copy resent after the crash is the same message (same Message-ID), which
        // mailbox providers drop; at most the one in flight on each connection when the process died.
        Assert.All(byRecipient, g => Assert.Single(g.Select(m => m.MessageId).Distinct()));
        Assert.InRange(mail.Count - recipients, 0, connections);
    }

    [Fact]
    public async Task KilledWhileSendingOrderEmails_TheOtherStartSendsTheRest_AndAtMostTheOneInFlightGoesTwice()
    {
        const int messages = 1_500;
        var domain = $"{Guid.NewGuid():N}.outbox.example";
        var smtp = ToTheSmtpSink;
        await StartAsync(smtp);
        SeedOutbox(domain, messages);
        int Received() => SmtpSink.Shared.Received.Count(m => m.To.Mailboxes.Any(b => b.Address.EndsWith(domain, StringComparison.Ordinal)));
        await WaitUntilAsync(() => Received() >= 100, pollMs: 5);
        await app!.KillAsync();
        Assert.True(Received() < messages, "the process died mid-send");

        // The claims of the dead process lapse (2 minutes) before another start takes its messages: let them lapse now.
        Execute("UPDATE messaging_outbox SET ClaimedUntil = 0 WHERE SentAt IS NULL");
        await StartAsync(smtp);
        await WaitUntilAsync(() => Scalar("SELECT count(*) FROM messaging_outbox WHERE SentAt IS NULL") == 0);
        await WaitUntilAsync(() => Received() >= messages);
        var mail = SmtpSink.Shared.Received.Where(m => m.To.Mailboxes.Any(b => b.Address.EndsWith(domain, StringComparison.Ordinal))).ToList();
        Assert.Equal(messages, mail.Select(m => m.To.Mailboxes.Single().Address).Distinct().Count());
        // Each message is marked sent as soon as the server took it: only the one in flight when the process died may
        // go again (the batch of 20 it belonged to went twice before).
        Assert.InRange(mail.Count - messages, 0, 1);
    }

    private void SeedOutbox(string domain, int messages)
    {
        var now = (long)new Microsoft.EntityFrameworkCore.Storage.ValueConversion.DateTimeOffsetToBinaryConverter().ConvertToProvider(DateTimeOffset.UtcNow)!;
        using var connection = new SqliteConnection($"Data Source={Database}");
        connection.Open();
        using var transaction = connection.BeginTransaction();
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            INSERT INTO messaging_outbox (Attempts, CreatedAt, DueAt, HtmlBody, Language, Recipient, Reference, Subject, TextBody)
            VALUES (0, $now, $now, '<p>Grazie</p>', 'it', $to, $reference, 'Conferma ordine', 'Grazie')
            """;
        var to = command.Parameters.Add("$to", SqliteType.Text);
        var reference = command.Parameters.Add("$reference", SqliteType.Text);
        command.Parameters.AddWithValue("$now", now);
        for (var i = 0; i < messages; i++)
        {
            to.Value = $"o{i:D4}@{domain}";
            reference.Value = $"crash:{domain}:{i}";
            command.ExecuteNonQuery();
        }

        transaction.Commit();
    }

    private void Execute(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={Database};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private void SeedCampaign(string domain, int recipients)
    {
        var converter = new Microsoft.EntityFrameworkCore.Storage.ValueConversion.DateTimeOffsetToBinaryConverter();
        var now = (long)converter.ConvertToProvider(DateTimeOffset.UtcNow)!;
        var consented = (long)converter.ConvertToProvider(DateTimeOffset.UtcNow.AddDays(-30))!;
        using var connection = new SqliteConnection($"Data Source={Database}");
        connection.Open();
        using var transaction = connection.BeginTransaction();
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            INSERT INTO email_contacts (Email, FirstName, Language, Country, TimeZone, Source, CreatedAt, UpdatedAt, Consent, ConsentedAt, NightConsent, OrderCount, RevenueEurMinor)
            VALUES ($email, 'Anna', 'it', 'IT', 'Europe/Rome', 'import', $now, $now, 2, $consented, 0, 0, 0)
            """;
        var email = command.Parameters.Add("$email", SqliteType.Text);
        command.Parameters.AddWithValue("$now", now);
        command.Parameters.AddWithValue("$consented", consented);
        for (var i = 0; i < recipients; i++)
        {
            email.Value = $"r{i:D4}@{domain}";
            command.ExecuteNonQuery();
        }

        command.Parameters.Clear();
        command.CommandText = $$$"""
            INSERT INTO email_templates (Name, UpdatedAt, SubjectEn, BodyEn, BodyIt) VALUES ('Crash', {{{now}}}, 'Ciao {{ contact.first_name }}', '<p>Hi</p>', '<p>Ciao</p>');
            INSERT INTO email_segments (Name, Definition, CreatedAt, UpdatedAt)
            VALUES ('crash', '[{"field":"email","operator":"ends-with","values":["@{{{domain}}}"]}]', {{{now}}}, {{{now}}});
            INSERT INTO email_campaigns (Name, UtmCampaign, TemplateId, SegmentId, ProductCodes, AboutBoughtProducts, TestPercent, WinnerAfter, Status, ScheduledAt,
                Recipients, PreparedUpTo, LinkKey, CreatedBy, CreatedAt)
            VALUES ('Crash', 'crash', (SELECT max(Id) FROM email_templates), (SELECT max(Id) FROM email_segments), '', 0, 0, '00:00:00', 1, {{{now}}}, 0, 0, 'k',
                'test', {{{now}}});
            """;
        command.ExecuteNonQuery();
        transaction.Commit();
    }

    private async Task StartAsync(IReadOnlyDictionary<string, string>? settings = null)
    {
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Testing",
            ["ConnectionStrings__Vetrina"] = $"Data Source={Database}",
            ["Vetrina__Admin__Email"] = VetrinaApp.AdminEmail,
            ["Vetrina__Admin__Password"] = VetrinaApp.AdminPassword,
            ["Vetrina__Orders__PaymentWindow"] = "00:00:03",
            ["Vetrina__Orders__ExpirySweep"] = "00:00:01",
            ["Vetrina__Smtp__PickupDirectory"] = Path.Combine(directory, "mail"),
            ["Logging__LogLevel__Default"] = "Warning",
            ["Vetrina__Seed__Demo"] = "true",
            ["Vetrina__Seed__TrafficDays"] = "0",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            environment[key] = value;
        }

        app = await AppProcess.StartAsync(port, directory, environment);
    }

    private void Stop() => app?.Dispose();

    private async Task WaitForOrdersAsync(int atLeast) =>
        await WaitUntilAsync(() => File.Exists(Database) && Scalar("SELECT count(*) FROM orders_orders") >= atLeast, pollMs: 10);

    private static async Task WaitUntilAsync(Func<bool> done, int seconds = 60, int pollMs = 200)
    {
        var until = DateTime.UtcNow.AddSeconds(seconds);
        while (!done())
        {
            Assert.True(DateTime.UtcNow < until, "Timed out waiting for the app to settle.");
            await Task.Delay(pollMs);
        }
    }

    private long Scalar(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={Database};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar() ?? 0L, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>A SKU of a full-price style with exactly this many units online, set straight in the database file.</summary>
    private Task<(string Sku, long SkuId)> StockedSkuAsync(int units)
    {
        using var connection = new SqliteConnection($"Data Source={Database};Pooling=False");
        connection.Open();
        using var find = connection.CreateCommand();
        find.CommandText = """
            SELECT k.Code, k.Id FROM catalog_skus k JOIN catalog_colourways c ON c.Id = k.ColourwayId JOIN catalog_styles s ON s.Id = c.StyleId
            WHERE s.Lifecycle = 'FullPrice' ORDER BY k.Id LIMIT 1
            """;
        using var reader = find.ExecuteReader();
        reader.Read();
        var (code, id) = (reader.GetString(0), reader.GetInt64(1));
        reader.Close();
        using var stock = connection.CreateCommand();
        stock.CommandText = $"""
            DELETE FROM inventory_movements WHERE SkuId = {id};
            UPDATE inventory_levels SET Reserved = 0, OnHand = CASE LocationCode WHEN 'WH-MI' THEN {units} ELSE 0 END WHERE SkuId = {id};
            INSERT INTO inventory_movements (SkuId, LocationCode, Kind, OnHandDelta, ReservedDelta, Reference, At) VALUES ({id}, 'WH-MI', 'Receipt', {units}, 0, 'test', 0);
            """;
        stock.ExecuteNonQuery();
        return Task.FromResult((code, id));
    }

}
