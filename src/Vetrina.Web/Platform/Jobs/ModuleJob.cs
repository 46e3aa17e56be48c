using Microsoft.Extensions.DependencyInjection;
using Quartz;
using Vetrina.Data.Jobs;

namespace Vetrina.Web.Platform.Jobs;

/// <summary>Runs the module's <see cref="RecurringJob"/> that this Quartz job is named after, in a scope of its own.</summary>
[DisallowConcurrentExecution]
internal sealed class ModuleJob(IEnumerable<RecurringJob> jobs, IServiceScopeFactory scopes) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var name = context.JobDetail.Key.Name;
        var job = jobs.FirstOrDefault(j => j.Name == name)
            ?? throw new InvalidOperationException($"No module registers the recurring job {name} on this node; it may have been renamed or removed.");
        await using var scope = scopes.CreateAsyncScope();
        await job.Run(scope.ServiceProvider, cancellationToken);
    }
}
