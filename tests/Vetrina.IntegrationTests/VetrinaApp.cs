using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Vetrina.Data;

namespace Vetrina.IntegrationTests;

/// <summary>The real app on a real database, seeded with the demo brand once for all the tests of a provider.</summary>
public sealed class VetrinaApp(DatabaseProvider provider, string connectionString) : WebApplicationFactory<Program>
{
    public const string AdminEmail = "admin@vetrina.test";
    public const string AdminPassword = "correct horse battery staple";

    public DatabaseProvider Provider { get; } = provider;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Vetrina:Database:Provider", Provider.ToString());
        builder.UseSetting("ConnectionStrings:Vetrina", connectionString);
        builder.UseSetting("Vetrina:Admin:Email", AdminEmail);
        builder.UseSetting("Vetrina:Admin:Password", AdminPassword);
    }

    public async Task<T> WithDbAsync<T>(Func<VetrinaDbContext, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<VetrinaDbContext>());
    }
}

public abstract class AppFixture : IAsyncLifetime
{
    public VetrinaApp App { get; protected set; } = null!;

    public abstract Task InitializeAsync();

    public virtual async Task DisposeAsync() => await App.DisposeAsync();
}

public sealed class SqliteAppFixture : AppFixture
{
    private readonly string path = Path.Combine(Path.GetTempPath(), $"vetrina-tests-{Guid.NewGuid():N}.db");

    public override Task InitializeAsync()
    {
        App = new VetrinaApp(DatabaseProvider.Sqlite, $"Data Source={path}");
        _ = App.Server; // starts the host: migrations and seed run here
        return Task.CompletedTask;
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in new[] { path, path + "-wal", path + "-shm" }.Where(File.Exists))
        {
            File.Delete(file);
        }
    }
}

public sealed class PostgresAppFixture : AppFixture
{
    private PostgresServer? server;

    public override async Task InitializeAsync()
    {
        server = await PostgresServer.StartAsync();
        App = new VetrinaApp(DatabaseProvider.PostgreSql, server.ConnectionString);
        _ = App.Server;
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (server is not null)
        {
            await server.DisposeAsync();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class SqliteCollection : ICollectionFixture<SqliteAppFixture>
{
    public const string Name = "sqlite";
}

[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresAppFixture>
{
    public const string Name = "postgresql";
}
