using Microsoft.Extensions.Diagnostics.HealthChecks;
using Vetrina.Data;

namespace Vetrina.Web.Platform;

/// <summary>
/// What a node does (<c>Vetrina:Node:Role</c>): <c>web</c> serves requests, <c>worker</c> runs the recurring jobs,
/// <c>all</c> (the default, and the only choice on SQLite) both. Every node serves HTTP (the worker for its health
/// checks) and dispatches integration events; only nodes that run jobs start the job runner, which stays clustered,
/// so losing the worker delays jobs and loses none.
/// </summary>
internal static class NodeRole
{
    public const string All = "all";
    public const string Web = "web";
    public const string Worker = "worker";

    public static string Of(IConfiguration configuration)
    {
        var role = configuration["Vetrina:Node:Role"] ?? All;
        if (role is not (All or Web or Worker))
        {
            throw new InvalidOperationException($"Vetrina:Node:Role is '{role}': use all, web or worker.");
        }

        if (role != All && configuration.ReadDatabaseOptions().Provider != DatabaseProvider.PostgreSql)
        {
            throw new InvalidOperationException("Vetrina:Node:Role web or worker needs PostgreSQL: on SQLite one node does everything (role all).");
        }

        return role;
    }

    public static bool RunsJobs(IConfiguration configuration) => Of(configuration) != Web;
}

/// <summary>
/// A stopping node first says it is not ready (for load balancers that poll /readyz) and goes on serving for
/// <c>Vetrina:Node:DrainDelay</c> (5 s in production) while they take it out, closing each connection after its
/// answer (a proxy reusing an idle connection just as the node closed it would lose a POST it cannot resend); then
/// the server stops taking connections, finishes the requests under way and the job runner the job it holds, and the
/// process exits.
/// </summary>
internal sealed class NodeDrain : IHealthCheck
{
    private volatile bool stopping;

    public bool IsStopping => stopping;

    public NodeDrain(IHostApplicationLifetime lifetime, IConfiguration configuration, ILogger<NodeDrain> logger)
    {
        var delay = configuration.GetValue("Vetrina:Node:DrainDelay", TimeSpan.Zero);
        lifetime.ApplicationStopping.Register(() =>
        {
            stopping = true;
            logger.LogInformation("Stopping: not ready from now, serving for {Delay} more before the server stops", delay);
            // Blocking here holds the server open: the host stops its services only after these callbacks return.
            Thread.Sleep(delay);
        });
    }

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(stopping ? HealthCheckResult.Unhealthy("The node is stopping.") : HealthCheckResult.Healthy("The node takes requests."));
}
