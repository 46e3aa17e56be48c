using Microsoft.EntityFrameworkCore;
using Npgsql;
using Vetrina.Data;

namespace Vetrina.IntegrationTests;

/// <summary>Two app nodes on one PostgreSQL: the job runner forms a cluster, the work it does happens once, and stock is never sold twice.</summary>
[Collection(PostgresCollection.Name)]
public sealed class JobRunnerTests(PostgresAppFixture fixture)
{
    [Fact]
    public async Task TheJobRunnersTables_ComeWithTheMigrations_AndRunningThemAgainOverTablesThatExist_ChangesNothing()
    {
        Assert.Equal(1, await ScalarAsync("SELECT count(*) FROM \"__EFMigrationsHistory\" WHERE \"MigrationId\" LIKE '%\\_QuartzTables'"));
        var tables = await TextsAsync("SELECT table_name FROM information_schema.tables WHERE table_name LIKE 'qrtz\\_%' ORDER BY table_name");
        Assert.Contains("qrtz_triggers", tables);
        Assert.Contains("qrtz_locks", tables);
        Assert.True(await ScalarAsync("SELECT count(*) FROM qrtz_triggers") > 0);

        // A database whose tables Quartz made itself (before this migration existed) takes the migration as it is.
        await fixture.App.WithDbAsync(async db =>
        {
            await db.Database.ExecuteSqlRawAsync("DELETE FROM \"__EFMigrationsHistory\" WHERE \"MigrationId\" LIKE '%\\_QuartzTables'");
            await db.Database.MigrateAsync();
            return 0;
        });
        Assert.Equal(1, await ScalarAsync("SELECT count(*) FROM \"__EFMigrationsHistory\" WHERE \"MigrationId\" LIKE '%\\_QuartzTables'"));
        Assert.Equal(tables, await TextsAsync("SELECT table_name FROM information_schema.tables WHERE table_name LIKE 'qrtz\\_%' ORDER BY table_name"));
    }

    [Fact]
    public async Task TwoNodes_FormOneQuartzCluster_AndAnOrderEmailGoesOutOnce()
    {
        var second = new VetrinaApp(DatabaseProvider.PostgreSql, fixture.ConnectionString);
        _ = second.Server;
        await WaitUntilAsync(async () => await ScalarAsync("SELECT count(*) FROM qrtz_scheduler_state WHERE sched_name = 'vetrina'") >= 2);
        Assert.Equal(
            ["abandoned-bags", "analytics-aggregation", "analytics-retention", "cart-retention", "email-automations", "email-campaigns", "email-contact-sync",
                "helpdesk-imap", "helpdesk-search", "influencer-attribution", "outbox-delivery", "unpaid-order-expiry", "webhook-delivery"],
            await TextsAsync("SELECT trigger_name FROM qrtz_triggers WHERE sched_name = 'vetrina' ORDER BY trigger_name"));

        var (sku, _) = await fixture.App.SkuWithUnitsAsync(3, pick: 30);
        using var client = second.CreateClient();
        var email = $"cluster.{Guid.NewGuid():N}@example.com";
        await Shopper.OrderAsync(client, email, (sku, 1));

        // Once the email is recorded as sent, no node can claim it again: what the sink has then is all it will get.
        await WaitUntilAsync(() => fixture.App.WithDbAsync(db => db.Set<Vetrina.Messaging.Outbox.OutboxMessage>()
            .AnyAsync(m => m.Recipient == email && m.FinishedAt != null)));
        Assert.Single(await SmtpSink.Shared.WaitForAsync(email));
        Assert.Equal(1, await fixture.App.WithDbAsync(db => db.Set<Vetrina.Messaging.Outbox.OutboxMessage>().CountAsync(m => m.Recipient == email && m.Attempts == 1)));

        // The second node leaves; the first takes over whatever it held before the other tests go on.
        await second.DisposeAsync();
        await WaitUntilAsync(async () => await ScalarAsync("SELECT count(*) FROM qrtz_scheduler_state WHERE sched_name = 'vetrina'") == 1);
        var (other, _) = await fixture.App.SkuWithUnitsAsync(3, pick: 31);
        using var first = fixture.App.CreateClient();
        var after = $"after.{Guid.NewGuid():N}@example.com";
        await Shopper.OrderAsync(first, after, (other, 1));
        Assert.Single(await SmtpSink.Shared.WaitForAsync(after));
    }

    [Fact]
    public async Task TwoNodes_SellingFiftyUnitsToFourHundredBuyersAtOnce_MakeExactlyFiftyOrders()
    {
        var second = new VetrinaApp(DatabaseProvider.PostgreSql, fixture.ConnectionString);
        try
        {
            var (sku, skuId) = await fixture.App.SkuWithUnitsAsync(50, pick: 32);
            using var one = fixture.App.CreateClient();
            using var two = second.CreateClient();
            // A node's first order builds its caches and compiled queries; warm both so that they race as equals.
            var (warmUp, _) = await fixture.App.SkuWithUnitsAsync(3, pick: 29);
            await Shopper.OrderAsync(one, $"warm.{Guid.NewGuid():N}@example.com", (warmUp, 1));
            await Shopper.OrderAsync(two, $"warm.{Guid.NewGuid():N}@example.com", (warmUp, 1));
            var carts = new List<(VetrinaApp Node, Guid Cart)>();
            for (var i = 0; i < 400; i++)
            {
                var node = i % 2 == 0 ? fixture.App : second;
                carts.Add((node, await Shopper.CartAsync(i % 2 == 0 ? one : two, "IT", sku, 1)));
            }

            var total = await Shopper.TotalAsync(one, carts[0].Cart, "IT-STD");
            // Four hundred buyers, each from an address of their own.
            var responses = await Task.WhenAll(carts.Select((c, i) => Shopper.PlaceAsync(c.Node.CreateClient(), Guid.NewGuid().ToString(),
                Shopper.Body(c.Cart, "IT", "it", $"twonodes{i}.{Guid.NewGuid():N}@example.com", Shopper.ItalianAddress, "IT-STD", total))));

            Assert.Equal(50, responses.Count(r => r.StatusCode == System.Net.HttpStatusCode.Created));
            Assert.Equal(350, responses.Count(r => r.StatusCode == System.Net.HttpStatusCode.Conflict));
            Assert.Equal((50L, 50L), (await ScalarAsync($"SELECT sum(\"Reserved\") FROM inventory_levels WHERE \"SkuId\" = {skuId}"),
                await ScalarAsync($"SELECT sum(\"ReservedDelta\") FROM inventory_movements WHERE \"SkuId\" = {skuId}")));
            Assert.Equal(0, await ScalarAsync($"SELECT count(*) FROM inventory_levels WHERE \"SkuId\" = {skuId} AND \"OnHand\" < \"Reserved\""));
        }
        finally
        {
            await second.DisposeAsync();
        }
    }

    private async Task<long> ScalarAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(fixture.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private async Task<List<string>> TextsAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(fixture.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var texts = new List<string>();
        while (await reader.ReadAsync())
        {
            texts.Add(reader.GetString(0));
        }

        return texts;
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> done)
    {
        var until = DateTime.UtcNow.AddSeconds(30);
        while (!await done())
        {
            Assert.True(DateTime.UtcNow < until, "Timed out waiting for the cluster.");
            await Task.Delay(200);
        }
    }
}
