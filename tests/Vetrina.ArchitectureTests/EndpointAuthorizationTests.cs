using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Vetrina.ArchitectureTests;

/// <summary>
/// Every endpoint and page says who may call it: a policy (or any authorization requirement) or explicit anonymous
/// access. An endpoint that says nothing is open by accident, so the rule fails on it.
/// </summary>
public sealed class EndpointAuthorizationTests : IDisposable
{
    private readonly string path = Path.Combine(Path.GetTempPath(), $"vetrina-arch-{Guid.NewGuid():N}.db");

    [Fact]
    public void EveryEndpoint_DeclaresWhoMayCallIt()
    {
        using var app = new WebApplicationFactory<Program>().WithWebHostBuilder(host =>
        {
            host.UseEnvironment("Testing");
            host.UseSetting("ConnectionStrings:Vetrina", $"Data Source={path}");
            host.UseSetting("Vetrina:Seed:Demo", "false");
        });
        _ = app.Server;

        var undeclared = Undeclared(app.Services.GetRequiredService<EndpointDataSource>().Endpoints);
        Breaches.AssertNone("UndeclaredAuthorization", undeclared,
            "Give the endpoint .RequireAuthorization(policy) or .AllowAnonymous(), or the page [Authorize(Policy = ...)] or [AllowAnonymous].");
    }

    [Fact]
    public void Rule_FindsAnEndpointThatSaysNothing()
    {
        var open = new RouteEndpoint(_ => Task.CompletedTask, Microsoft.AspNetCore.Routing.Patterns.RoutePatternFactory.Parse("/open"), 0,
            new EndpointMetadataCollection(new HttpMethodMetadata(["POST"])), "open");
        var closed = new RouteEndpoint(_ => Task.CompletedTask, Microsoft.AspNetCore.Routing.Patterns.RoutePatternFactory.Parse("/closed"), 0,
            new EndpointMetadataCollection(new AuthorizeAttribute("staff")), "closed");
        var shown = new RouteEndpoint(_ => Task.CompletedTask, Microsoft.AspNetCore.Routing.Patterns.RoutePatternFactory.Parse("/shown"), 0,
            new EndpointMetadataCollection(new AllowAnonymousAttribute()), "shown");

        Assert.Equal(["POST /open"], Undeclared([open, closed, shown]));
    }

    /// <summary>Each endpoint with neither an authorization requirement nor anonymous access, as "METHODS /route".</summary>
    private static SortedSet<string> Undeclared(IEnumerable<Endpoint> endpoints) =>
        new(endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IAuthorizeData>() is null && e.Metadata.GetMetadata<IAllowAnonymous>() is null)
            .Select(e => $"{string.Join(',', e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["ANY"])} /{e.RoutePattern.RawText?.TrimStart('/')}"),
            StringComparer.Ordinal);

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in new[] { path, path + "-wal", path + "-shm" }.Where(File.Exists))
        {
            File.Delete(file);
        }
    }
}
