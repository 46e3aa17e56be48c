namespace Vetrina.IntegrationTests;

/// <summary>
/// A node started while PostgreSQL is away (both restarted together, a failover) waits for the database and starts
/// once it answers, instead of dying and leaving its restart to the service manager.
/// </summary>
public sealed class NodeBeforeDatabaseTests
{
    [Fact]
    public async Task ANodeStartedWhilePostgreSqlIsAway_WaitsForIt_AndServesOnceItIsBack()
    {
        await using var server = await PostgresServer.StartAsync();
        await server.StopAsync();
        var directory = Directory.CreateTempSubdirectory("vetrina-early-node-").FullName;
        try
        {
            var environment = new Dictionary<string, string>
            {
                ["Vetrina__Database__Provider"] = "PostgreSql",
                ["ConnectionStrings__Vetrina"] = new Npgsql.NpgsqlConnectionStringBuilder(server.ConnectionString) { Database = "early_node" }.ConnectionString,
                ["Vetrina__Admin__Email"] = VetrinaApp.AdminEmail,
                ["Vetrina__Admin__Password"] = VetrinaApp.AdminPassword,
                ["Vetrina__Smtp__PickupDirectory"] = Path.Combine(directory, "mail"),
            };
            using var node = await AppProcess.StartAsync(Loopback.FreePort(), directory, environment, async starting =>
            {
                // The database comes back only once the node has found it away.
                var until = DateTime.UtcNow.AddSeconds(60);
                while (!starting.Output.Any(line => line.Contains("PostgreSQL does not answer yet", StringComparison.Ordinal)))
                {
                    Assert.True(DateTime.UtcNow < until, "The node never said it was waiting for PostgreSQL:\n" + string.Join('\n', starting.Output));
                    await Task.Delay(100);
                }

                await server.StartAgainAsync();
            });

            using var client = new HttpClient { BaseAddress = node.Address };
            Assert.Equal(System.Net.HttpStatusCode.OK, (await client.GetAsync("/readyz")).StatusCode);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
