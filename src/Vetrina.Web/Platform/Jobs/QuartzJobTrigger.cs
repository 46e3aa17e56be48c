using Quartz;
using Vetrina.Data.Jobs;

namespace Vetrina.Web.Platform.Jobs;

internal sealed class QuartzJobTrigger(ISchedulerFactory schedulers) : IJobTrigger
{
    public async Task RunNowAsync(string jobName, CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        await scheduler.TriggerJob(new JobKey(jobName), cancellationToken);
    }
}
