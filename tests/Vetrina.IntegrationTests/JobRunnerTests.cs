using Microsoft.EntityFrameworkCore;
using Npgsql;
using Vetrina.Data;

namespace Vetrina.IntegrationTests;

/// <summary>Two app nodes on one PostgreSQL: the job runner forms a cluster, and the work it does happens once.</summary>
[Collection(PostgresCollection.Name)]
public sealed class JobRunnerTests(PostgresAppFixture fixture)
{
    [Fact]
    public async Task TwoNodes_FormOneQuartzCluster_AndAnOrderEmailGoesOutOnce()
    {
        var second = new VetrinaApp(DatabaseProvider.PostgreSql, fixture.ConnectionString);
        _ = second.Server;
        await WaitUntilAsync(async () => await ScalarAsync("SELECT count(*) FROM qrtz_scheduler_state WHERE sched_name = 'vetrina'") >= 2);
        Assert.Equal(4, await ScalarAsync("SELECT count(*) FROM qrtz_triggers WHERE sched_name = 'vetrina'"));

        var (sku, _) = await fixture.App.SkuWithUnitsAsync(3, pick: 30);
        using var client = second.CreateClient();
        var email = $"cluster.{Guid.NewGuid():N}@example.com";
        await Shopper.OrderAsync(client, email, (sku, 1));

        Assert.Single(await SmtpSink.Shared.WaitForAsync(email));
        // Both nodes poll the outbox every 200 ms: give them time to send it again, were they going to.
        await Task.Delay(1500);
        Assert.Single(SmtpSink.Shared.To(email));
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

    private async Task<long> ScalarAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(fixture.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
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
