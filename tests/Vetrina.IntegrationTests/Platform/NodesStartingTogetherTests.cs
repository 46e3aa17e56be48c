namespace Vetrina.IntegrationTests;

/// <summary>
/// Two production-like nodes started at the same moment on an empty PostgreSQL database, as a deployment starts them:
/// one migrates and seeds the demo with a day of simulated traffic (the path that writes events by COPY), the other
/// waits its turn and starts as soon as that is done, seeding nothing.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class NodesStartingTogetherTests(PostgresAppFixture fixture) : IAsyncLifetime
{
    private readonly (Vetrina.Data.DatabaseOptions Options, Func<Task> Drop) database = ScratchDatabase.PostgreSql(fixture.ConnectionString, "together");
    private readonly string directory = Directory.CreateTempSubdirectory("vetrina-together-").FullName;

    public Task InitializeAsync() => Task.CompletedTask;

    [Fact]
    public async Task OneNodeSeeds_TheDemoWithItsTraffic_AndTheOtherStartsRightAfter()
    {
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Testing",
            ["Vetrina__Database__Provider"] = "PostgreSql",
            // Small pools: the run's PostgreSQL serves the shared app beside these two.
            ["ConnectionStrings__Vetrina"] = database.Options.ConnectionString + ";Maximum Pool Size=15",
            ["Vetrina__Admin__Email"] = VetrinaApp.AdminEmail,
            ["Vetrina__Admin__Password"] = VetrinaApp.AdminPassword,
            ["Vetrina__Smtp__PickupDirectory"] = Path.Combine(directory, "mail"),
            ["Vetrina__Seed__Demo"] = "true",
            ["Vetrina__Seed__TrafficDays"] = "1",
            ["Vetrina__Seed__TrafficVisits"] = "20",
        };

        var nodes = await Task.WhenAll(AppProcess.StartAsync(Loopback.FreePort(), directory, environment),
            AppProcess.StartAsync(Loopback.FreePort(), directory, environment));
        try
        {
            var seeded = nodes.Select(n => n.Output.Any(l => l.Contains("Seeded the demo brand", StringComparison.Ordinal))).ToList();
            Assert.Equal(1, seeded.Count(s => s));
            Assert.Single(nodes.SelectMany(n => n.Output), l => l.Contains("Simulated 1 days of demo traffic", StringComparison.Ordinal));
            using var http = new HttpClient { BaseAddress = nodes[seeded.IndexOf(false)].Address };
            Assert.Equal(System.Net.HttpStatusCode.OK, (await http.GetAsync("/it")).StatusCode);
        }
        finally
        {
            foreach (var node in nodes)
            {
                node.Dispose();
            }
        }
    }

    public async Task DisposeAsync()
    {
        await database.Drop();
        Directory.Delete(directory, recursive: true);
    }
}
